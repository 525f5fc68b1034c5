const { handler } = require('../index');
const turns = [
  {
    "utterance": "open perks renewal",
    "event": {
      "version": "1.0",
      "session": {
        "new": true,
        "sessionId": "amzn1.echo-api.session.0bff7bf7-fbe8-4f2a-8c3d-7d4e21e597dc",
        "application": {
          "applicationId": "amzn1.ask.skill.6dd992a6-89d9-4c1e-9a0b-f2e34f7f7991"
        },
        "user": {
          "userId": "amzn1.ask.account.AG6DD992A644C516F09E86AAAF30874A"
        }
      },
      "context": {
        "System": {
          "application": {
            "applicationId": "amzn1.ask.skill.6dd992a6-89d9-4c1e-9a0b-f2e34f7f7991"
          },
          "user": {
            "userId": "amzn1.ask.account.AG6DD992A644C516F09E86AAAF30874A"
          },
          "device": {
            "deviceId": "amzn1.ask.device.AF885D174983AB93F9A0F2F314CF1C1F",
            "supportedInterfaces": {}
          },
          "apiEndpoint": "https://api.amazonalexa.com"
        }
      },
      "request": {
        "type": "LaunchRequest",
        "requestId": "amzn1.echo-api.request.0bff7bf7-b658-4b5c-9d0e-bfae783ac374",
        "timestamp": "2026-11-20T10:00:00Z",
        "locale": "en-US"
      }
    }
  },
  {
    "utterance": "four four one two",
    "event": {
      "version": "1.0",
      "session": {
        "new": false,
        "sessionId": "amzn1.echo-api.session.0bff7bf7-fbe8-4f2a-8c3d-7d4e21e597dc",
        "application": {
          "applicationId": "amzn1.ask.skill.6dd992a6-89d9-4c1e-9a0b-f2e34f7f7991"
        },
        "user": {
          "userId": "amzn1.ask.account.AG6DD992A644C516F09E86AAAF30874A"
        }
      },
      "context": {
        "System": {
          "application": {
            "applicationId": "amzn1.ask.skill.6dd992a6-89d9-4c1e-9a0b-f2e34f7f7991"
          },
          "user": {
            "userId": "amzn1.ask.account.AG6DD992A644C516F09E86AAAF30874A"
          },
          "device": {
            "deviceId": "amzn1.ask.device.AF885D174983AB93F9A0F2F314CF1C1F",
            "supportedInterfaces": {}
          },
          "apiEndpoint": "https://api.amazonalexa.com"
        }
      },
      "request": {
        "type": "IntentRequest",
        "intent": {
          "name": "DigitsIntent",
          "confirmationStatus": "NONE",
          "slots": {
            "digits": {
              "name": "digits",
              "value": "4412",
              "confirmationStatus": "NONE"
            }
          }
        },
        "requestId": "amzn1.echo-api.request.7fc27d3d-356a-4b5c-9d0e-1b3371afe56c",
        "timestamp": "2026-11-20T10:00:09Z",
        "locale": "en-US"
      }
    }
  },
  {
    "utterance": "nine one seven",
    "event": {
      "version": "1.0",
      "session": {
        "new": false,
        "sessionId": "amzn1.echo-api.session.0bff7bf7-fbe8-4f2a-8c3d-7d4e21e597dc",
        "application": {
          "applicationId": "amzn1.ask.skill.6dd992a6-89d9-4c1e-9a0b-f2e34f7f7991"
        },
        "user": {
          "userId": "amzn1.ask.account.AG6DD992A644C516F09E86AAAF30874A"
        }
      },
      "context": {
        "System": {
          "application": {
            "applicationId": "amzn1.ask.skill.6dd992a6-89d9-4c1e-9a0b-f2e34f7f7991"
          },
          "user": {
            "userId": "amzn1.ask.account.AG6DD992A644C516F09E86AAAF30874A"
          },
          "device": {
            "deviceId": "amzn1.ask.device.AF885D174983AB93F9A0F2F314CF1C1F",
            "supportedInterfaces": {}
          },
          "apiEndpoint": "https://api.amazonalexa.com"
        }
      },
      "request": {
        "type": "IntentRequest",
        "intent": {
          "name": "CodeIntent",
          "confirmationStatus": "NONE",
          "slots": {
            "code": {
              "name": "code",
              "value": "917",
              "confirmationStatus": "NONE"
            }
          }
        },
        "requestId": "amzn1.echo-api.request.8267243a-da4b-4b5c-9d0e-334c7f565923",
        "timestamp": "2026-11-20T10:00:18Z",
        "locale": "en-US"
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
