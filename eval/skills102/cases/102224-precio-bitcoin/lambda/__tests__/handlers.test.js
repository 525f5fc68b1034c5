const { handler } = require('../index');
test('PrecioIntent responde', async () => {
  const res = await invoke(handler, fixtures[0]);
  expect(res.response).toMatchSnapshot();
});
test('NoIntent cierra', async () => {
  const res = await invoke(handler, fixtures[1]);
  expect(res.response).toMatchSnapshot();
});
