const { invoke, fixture } = require('./helpers');

describe('skill handler', () => {
  it('01 LaunchRequest: "open pet cam helper"', async () => {
    const res = await invoke(fixture('LaunchRequest', {}));
    expect(res.response).toMatchSnapshot();
  });
  it('02 ConfirmIntent: "update now"', async () => {
    const res = await invoke(fixture('ConfirmIntent', {}));
    expect(res.response).toMatchSnapshot();
  });
});
