const { handler } = require('../index');
const fixtures = require('./fixtures');

describe('conversation', () => {
  test("Launch - ouvre téléconsultation plus", async () => {
    const res = await handler(fixtures[0]);
    expect(res).toMatchSnapshot();
  });
});
