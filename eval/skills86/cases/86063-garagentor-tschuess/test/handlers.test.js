const { handler } = require('../lambda/index');
const fixtures = require('./fixtures');

describe('Garagentor Helfer handlers', () => {
  test('ZuIntent mach das tor zu', async () => {
    const res = await handler(fixtures['ZuIntent_0']);
    expect(res).toMatchSnapshot();
  });
  test('AMAZON.StopIntent stopp', async () => {
    const res = await handler(fixtures['AMAZON.StopIntent_1']);
    expect(res).toMatchSnapshot();
  });
});
