// copied from the blog post 'keep your skill alive longer'
const { handler } = require('../index');
const launch = require('./fixtures/launch.json');
test('handlers', async () => {
  expect(await handler(launch)).toMatchSnapshot();
});
