const { handler } = require('../index');
const fixtures = require('./fixtures');

describe('conversation', () => {
  test("Launch - open body scan meditation", async () => {
    const res = await handler(fixtures[0]);
    expect(res).toMatchSnapshot();
  });
});
