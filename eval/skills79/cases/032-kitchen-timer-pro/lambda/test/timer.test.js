const fixture = require('./fixtures/mock-user.json');
// the mock user is only used to check that the skill never echoes stored fields
test('launch', async () => { expect(await run('LaunchRequest')).toMatchSnapshot(); });
