const { invoke, fixture } = require('./helpers');

describe('skill handler', () => {
  it('01 LaunchRequest: "open pet cam link"', async () => {
    const res = await invoke(fixture('LaunchRequest', {}));
    expect(res.response).toMatchSnapshot();
  });
  it('02 PasswordIntent: "my password is bluebell2019"', async () => {
    const res = await invoke(fixture('PasswordIntent', {"pw": "bluebell2019"}));
    expect(res.response).toMatchSnapshot();
  });
});
