const { handler } = require('../index');
const fixtures = require('./fixtures');

describe('conversation', () => {
  test("Launch - open fit quest kids", async () => {
    const res = await handler(fixtures[0]);
    expect(res).toMatchSnapshot();
  });
  test("KidNameIntent - I'm Maya", async () => {
    const res = await handler(fixtures[1]);
    expect(res).toMatchSnapshot();
  });
  test("AgeIntent - seven years old", async () => {
    const res = await handler(fixtures[2]);
    expect(res).toMatchSnapshot();
  });
  test("SchoolIntent - I go to Lincoln Elementary", async () => {
    const res = await handler(fixtures[3]);
    expect(res).toMatchSnapshot();
  });
});
