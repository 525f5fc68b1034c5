const { invoke, fixture } = require('./helpers');

describe('skill handler', () => {
  it('01 ByouinIntent: "ペット施設さがしで吉祥寺の動物病院を探して"', async () => {
    const res = await invoke(fixture('ByouinIntent', {"area": "\u5409\u7965\u5bfa"}));
    expect(res.response).toMatchSnapshot();
  });
});
