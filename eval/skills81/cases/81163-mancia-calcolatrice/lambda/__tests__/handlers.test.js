const { handler } = require('../index');
const events = require('./fixtures/requests.json');

describe('handlers', () => {
  events.forEach((ev, i) => {
    test(`${ev.name} ${i + 1}`, async () => {
      const res = await new Promise((ok, ko) => handler(ev.body, {}, (e, r) => (e ? ko(e) : ok(r))));
      expect(res).toMatchSnapshot();
    });
  });
});
