const { handler } = require('../index');
const invoke = (ev) => new Promise((res, rej) => handler(ev, {}, (e, r) => (e ? rej(e) : res(r))));

describe('skill handlers', () => {
  it('ChapterIntent (ask page turner audio to go to chapter twelve)', async () => {
    const res = await invoke(require('./fixtures/01-chapterintent.json'));
    expect(res).toMatchSnapshot();
  });
});
