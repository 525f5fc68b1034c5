const { handler } = require('../lambda/index');
const events = require('./events.json');

describe('skill handler', () => {
  for (const ev of events) {
    it(`${ev.request.intent ? ev.request.intent.name : ev.request.type}`, async () => {
      const res = await handler(ev, {});
      expect(res).toMatchSnapshot();
    });
  }
});
