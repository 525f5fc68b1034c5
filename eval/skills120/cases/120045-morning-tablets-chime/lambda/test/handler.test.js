const { handler } = require('../index');
const fixtures = require('./fixtures/requests.json');

describe('handler', () => {
  fixtures.forEach((f, i) => {
    test(`${f.label}`, async () => {
      const out = await new Promise((res, rej) => handler(f.envelope, {}, (e, r) => (e ? rej(e) : res(r))));
      expect(out.response).toMatchSnapshot();
    });
  });
});
