const { handler } = require('../lambda/index');
const fixtures = require('./fixtures');

describe('Doorman handlers', () => {
  test('WhoIntent are you alexa', async () => {
    const res = await handler(fixtures['WhoIntent_0']);
    expect(res).toMatchSnapshot();
  });
  test('GreetIntent greet the visitor', async () => {
    const res = await handler(fixtures['GreetIntent_1']);
    expect(res).toMatchSnapshot();
  });
});
