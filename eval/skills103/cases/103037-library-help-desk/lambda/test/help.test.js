const { handler } = require('../index');
const fixtures = require('./fixtures.json');

describe('Library Help Desk handlers', () => {
  fixtures.forEach((f, i) => {
    test(`${f.name} (${f.utterance})`, async () => {
      const res = await new Promise((ok, ko) => handler(f.request, {}, (e, r) => e ? ko(e) : ok(r)));
      expect(res).toMatchSnapshot();
    });
  });
});
