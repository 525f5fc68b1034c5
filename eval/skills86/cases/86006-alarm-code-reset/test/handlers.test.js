const { handler } = require('../lambda/index');
const fixtures = require('./fixtures');

describe('Alarm Code Reset handlers', () => {
  test('LaunchRequest open', async () => {
    const res = await handler(fixtures['LaunchRequest_0']);
    expect(res).toMatchSnapshot();
  });
  test('CurrentCodeIntent my code is 2 9 0 4', async () => {
    const res = await handler(fixtures['CurrentCodeIntent_1']);
    expect(res).toMatchSnapshot();
  });
  test('NewCodeIntent new code 1 1 8 8', async () => {
    const res = await handler(fixtures['NewCodeIntent_2']);
    expect(res).toMatchSnapshot();
  });
});
