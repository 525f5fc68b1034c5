const { handler } = require('../index');
test('Launch asks for total', async () => {
  const res = await invoke(handler, fixtures[0]);
  expect(res.response).toMatchSnapshot();
});
test('Total splits', async () => {
  const res = await invoke(handler, fixtures[1]);
  expect(res.response).toMatchSnapshot();
});
