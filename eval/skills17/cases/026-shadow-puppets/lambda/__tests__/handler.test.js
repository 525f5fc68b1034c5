const { handler } = require('../index');
const events = require('./fixtures/events.json');

describe('Shadow Puppets handler', () => {
  for (const [name, ev] of Object.entries(events)) {
    it(name, async () => { expect(await handler(ev, {})).toMatchSnapshot(); });
  }
});
