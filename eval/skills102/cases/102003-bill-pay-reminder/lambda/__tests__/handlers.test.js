const { handler } = require('../index');
test('DueIntent lists bills', async () => {
  const res = await invoke(handler, fixtures[0]);
  expect(res.response).toMatchSnapshot();
});
test('StopIntent says goodbye', async () => {
  const res = await invoke(handler, fixtures[1]);
  expect(res.response).toMatchSnapshot();
});
