const { handler } = require('../index');
const launch = require('./fixtures/uebung.json');

test('Atempause UebungIntent returns the expected response', async () => {
  const res = await new Promise((ok) => handler(launch, {}, (e, r) => ok(r)));
  expect(res).toMatchSnapshot();
});
