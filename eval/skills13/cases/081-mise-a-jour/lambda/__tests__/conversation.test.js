const { handler } = require('../index');
const turns = [
  {
    "utterance": "ouvre mon assistant maison",
    "event": {
      "version": "1.0",
      "session": {
        "new": true,
        "sessionId": "amzn1.echo-api.session.6fe73fd0-fbe8-4f2a-8c3d-8cae760d1f24",
        "application": {
          "applicationId": "amzn1.ask.skill.d1b6a77d-04ed-4c1e-9a0b-7ab844064614"
        },
        "user": {
          "userId": "amzn1.ask.account.AGD1B6A77DD13C2E5B01BFB0F231EEFF"
        }
      },
      "context": {
        "System": {
          "application": {
            "applicationId": "amzn1.ask.skill.d1b6a77d-04ed-4c1e-9a0b-7ab844064614"
          },
          "user": {
            "userId": "amzn1.ask.account.AGD1B6A77DD13C2E5B01BFB0F231EEFF"
          },
          "device": {
            "deviceId": "amzn1.ask.device.AFA19A7DB7451AEEA48269DA8D1E0A0E",
            "supportedInterfaces": {}
          },
          "apiEndpoint": "https://api.eu.amazonalexa.com"
        }
      },
      "request": {
        "type": "LaunchRequest",
        "requestId": "amzn1.echo-api.request.6fe73fd0-b658-4b5c-9d0e-06add9bf3a48",
        "timestamp": "2026-11-20T10:00:00Z",
        "locale": "fr-FR"
      }
    }
  }
];

describe('handler conversation', () => {
  turns.forEach((t, i) => {
    test(`${String(i).padStart(2, '0')} ${t.utterance}`, async () => {
      const out = await handler(t.event, {});
      expect(out).toMatchSnapshot();
    });
  });
});
