const { handler } = require('../index');
const turns = [
  {
    "utterance": "open secret agent sums",
    "event": {
      "version": "1.0",
      "session": {
        "new": true,
        "sessionId": "amzn1.echo-api.session.b611292e-fbe8-4f2a-8c3d-1ed966a925c2",
        "application": {
          "applicationId": "amzn1.ask.skill.ac5ff50b-6a07-4c1e-9a0b-4840806d7b1c"
        },
        "user": {
          "userId": "amzn1.ask.account.AGAC5FF50BD154882A4197289DB5A92C"
        }
      },
      "context": {
        "System": {
          "application": {
            "applicationId": "amzn1.ask.skill.ac5ff50b-6a07-4c1e-9a0b-4840806d7b1c"
          },
          "user": {
            "userId": "amzn1.ask.account.AGAC5FF50BD154882A4197289DB5A92C"
          },
          "device": {
            "deviceId": "amzn1.ask.device.AF9E1707CAF01BC78CB76BC924E7B2D4",
            "supportedInterfaces": {}
          },
          "apiEndpoint": "https://api.amazonalexa.com"
        }
      },
      "request": {
        "type": "LaunchRequest",
        "requestId": "amzn1.echo-api.request.b611292e-b658-4b5c-9d0e-f0fe4e61f10b",
        "timestamp": "2026-11-20T10:00:00Z",
        "locale": "en-US"
      }
    }
  },
  {
    "utterance": "twelve",
    "event": {
      "version": "1.0",
      "session": {
        "new": false,
        "sessionId": "amzn1.echo-api.session.b611292e-fbe8-4f2a-8c3d-1ed966a925c2",
        "application": {
          "applicationId": "amzn1.ask.skill.ac5ff50b-6a07-4c1e-9a0b-4840806d7b1c"
        },
        "user": {
          "userId": "amzn1.ask.account.AGAC5FF50BD154882A4197289DB5A92C"
        }
      },
      "context": {
        "System": {
          "application": {
            "applicationId": "amzn1.ask.skill.ac5ff50b-6a07-4c1e-9a0b-4840806d7b1c"
          },
          "user": {
            "userId": "amzn1.ask.account.AGAC5FF50BD154882A4197289DB5A92C"
          },
          "device": {
            "deviceId": "amzn1.ask.device.AF9E1707CAF01BC78CB76BC924E7B2D4",
            "supportedInterfaces": {}
          },
          "apiEndpoint": "https://api.amazonalexa.com"
        }
      },
      "request": {
        "type": "IntentRequest",
        "intent": {
          "name": "AnswerIntent",
          "confirmationStatus": "NONE",
          "slots": {
            "n": {
              "name": "n",
              "value": "12",
              "confirmationStatus": "NONE"
            }
          }
        },
        "requestId": "amzn1.echo-api.request.6cd0107c-356a-4b5c-9d0e-874ef3e261bd",
        "timestamp": "2026-11-20T10:00:09Z",
        "locale": "en-US"
      }
    }
  },
  {
    "utterance": "eight two six one nine zero",
    "event": {
      "version": "1.0",
      "session": {
        "new": false,
        "sessionId": "amzn1.echo-api.session.b611292e-fbe8-4f2a-8c3d-1ed966a925c2",
        "application": {
          "applicationId": "amzn1.ask.skill.ac5ff50b-6a07-4c1e-9a0b-4840806d7b1c"
        },
        "user": {
          "userId": "amzn1.ask.account.AGAC5FF50BD154882A4197289DB5A92C"
        }
      },
      "context": {
        "System": {
          "application": {
            "applicationId": "amzn1.ask.skill.ac5ff50b-6a07-4c1e-9a0b-4840806d7b1c"
          },
          "user": {
            "userId": "amzn1.ask.account.AGAC5FF50BD154882A4197289DB5A92C"
          },
          "device": {
            "deviceId": "amzn1.ask.device.AF9E1707CAF01BC78CB76BC924E7B2D4",
            "supportedInterfaces": {}
          },
          "apiEndpoint": "https://api.amazonalexa.com"
        }
      },
      "request": {
        "type": "IntentRequest",
        "intent": {
          "name": "UnlockIntent",
          "confirmationStatus": "NONE",
          "slots": {
            "code": {
              "name": "code",
              "value": "826190",
              "confirmationStatus": "NONE"
            }
          }
        },
        "requestId": "amzn1.echo-api.request.207c42d2-da4b-4b5c-9d0e-bfcae4a558c3",
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
