const { handler } = require('../index');
const invoke = (ev) => new Promise((res, rej) => handler(ev, {}, (e, r) => (e ? rej(e) : res(r))));

describe('skill handlers', () => {
  it('Launch (ouvre lecture partagée)', async () => {
    const res = await invoke(require('./fixtures/01-launch.json'));
    expect(res).toMatchSnapshot();
  });
});
