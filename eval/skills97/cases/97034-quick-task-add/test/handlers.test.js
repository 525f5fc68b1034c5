const { handler } = require('../lambda/index');
const fixtures = require('./fixtures/requests.json');

describe('Quick Task Add handlers', () => {
  fixtures.forEach((req, i) => {
    it(`${req.request.intent ? req.request.intent.name : req.request.type} turn ${i + 1}`, async () => {
      const res = await handler(req, {});
      expect(res).toMatchSnapshot();
    });
  });
});
