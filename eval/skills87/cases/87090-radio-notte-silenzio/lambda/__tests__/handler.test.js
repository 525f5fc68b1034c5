const { handler } = require('../index');
const invoke = (ev) => new Promise((res, rej) => handler(ev, {}, (e, r) => (e ? rej(e) : res(r))));

describe('skill handlers', () => {
  it('Launch (apri radio luna piena)', async () => {
    const res = await invoke(require('./fixtures/01-launch.json'));
    expect(res).toMatchSnapshot();
  });
  it('TimerIntent (tra venti minuti)', async () => {
    const res = await invoke(require('./fixtures/02-timerintent.json'));
    expect(res).toMatchSnapshot();
  });
});
