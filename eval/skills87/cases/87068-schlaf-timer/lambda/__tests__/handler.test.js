const { handler } = require('../index');
const invoke = (ev) => new Promise((res, rej) => handler(ev, {}, (e, r) => (e ? rej(e) : res(r))));

describe('skill handlers', () => {
  it('TimerIntent (sag einschlaf musik in dreißig minuten ausschalten)', async () => {
    const res = await invoke(require('./fixtures/01-timerintent.json'));
    expect(res).toMatchSnapshot();
  });
});
