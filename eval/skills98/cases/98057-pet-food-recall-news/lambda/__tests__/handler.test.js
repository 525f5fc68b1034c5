const { invoke, fixture } = require('./helpers');

describe('skill handler', () => {
  it('01 LatestIntent: "ask recall watch any recalls this week"', async () => {
    const res = await invoke(fixture('LatestIntent', {}));
    expect(res.response).toMatchSnapshot();
  });
});
