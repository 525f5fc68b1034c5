const { handler } = require('../index');
const invoke = (ev) => new Promise((res, rej) => handler(ev, {}, (e, r) => (e ? rej(e) : res(r))));

describe('skill handlers', () => {
  it('Launch (open audiobook nook)', async () => {
    const res = await invoke(require('./fixtures/01-launch.json'));
    expect(res).toMatchSnapshot();
  });
  it('ReadSampleIntent (read a sample of salt and stars)', async () => {
    const res = await invoke(require('./fixtures/02-readsampleintent.json'));
    expect(res).toMatchSnapshot();
  });
});
