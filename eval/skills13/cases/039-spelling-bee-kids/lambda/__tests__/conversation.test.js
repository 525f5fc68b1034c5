const { handler } = require('../index');
const turns = [
  {
    "utterance": "open buzzy spelling",
    "event": {
      "version": "1.0",
      "session": {
        "new": true,
        "sessionId": "amzn1.echo-api.session.fbec5f57-fbe8-4f2a-8c3d-8d7e2bff1ec7",
        "application": {
          "applicationId": "amzn1.ask.skill.1513a794-bc17-4c1e-9a0b-1f833ab1aa86"
        },
        "user": {
          "userId": "amzn1.ask.account.AG1513A7944697ECD98EB139EBBD9F40"
        }
      },
      "context": {
        "System": {
          "application": {
            "applicationId": "amzn1.ask.skill.1513a794-bc17-4c1e-9a0b-1f833ab1aa86"
          },
          "user": {
            "userId": "amzn1.ask.account.AG1513A7944697ECD98EB139EBBD9F40"
          },
          "device": {
            "deviceId": "amzn1.ask.device.AFC234479FAC8644637F0D3E478ADE42",
            "supportedInterfaces": {}
          },
          "apiEndpoint": "https://api.amazonalexa.com"
        }
      },
      "request": {
        "type": "LaunchRequest",
        "requestId": "amzn1.echo-api.request.fbec5f57-b658-4b5c-9d0e-ea0c1aa23acc",
        "timestamp": "2026-11-20T10:00:00Z",
        "locale": "en-US"
      }
    }
  },
  {
    "utterance": "fox",
    "event": {
      "version": "1.0",
      "session": {
        "new": false,
        "sessionId": "amzn1.echo-api.session.fbec5f57-fbe8-4f2a-8c3d-8d7e2bff1ec7",
        "application": {
          "applicationId": "amzn1.ask.skill.1513a794-bc17-4c1e-9a0b-1f833ab1aa86"
        },
        "user": {
          "userId": "amzn1.ask.account.AG1513A7944697ECD98EB139EBBD9F40"
        }
      },
      "context": {
        "System": {
          "application": {
            "applicationId": "amzn1.ask.skill.1513a794-bc17-4c1e-9a0b-1f833ab1aa86"
          },
          "user": {
            "userId": "amzn1.ask.account.AG1513A7944697ECD98EB139EBBD9F40"
          },
          "device": {
            "deviceId": "amzn1.ask.device.AFC234479FAC8644637F0D3E478ADE42",
            "supportedInterfaces": {}
          },
          "apiEndpoint": "https://api.amazonalexa.com"
        }
      },
      "request": {
        "type": "IntentRequest",
        "intent": {
          "name": "AnimalIntent",
          "confirmationStatus": "NONE",
          "slots": {
            "animal": {
              "name": "animal",
              "value": "fox",
              "confirmationStatus": "NONE"
            }
          }
        },
        "requestId": "amzn1.echo-api.request.b3aa658d-356a-4b5c-9d0e-3a169aa7dbca",
        "timestamp": "2026-11-20T10:00:09Z",
        "locale": "en-US"
      }
    }
  },
  {
    "utterance": "c a t",
    "event": {
      "version": "1.0",
      "session": {
        "new": false,
        "sessionId": "amzn1.echo-api.session.fbec5f57-fbe8-4f2a-8c3d-8d7e2bff1ec7",
        "application": {
          "applicationId": "amzn1.ask.skill.1513a794-bc17-4c1e-9a0b-1f833ab1aa86"
        },
        "user": {
          "userId": "amzn1.ask.account.AG1513A7944697ECD98EB139EBBD9F40"
        }
      },
      "context": {
        "System": {
          "application": {
            "applicationId": "amzn1.ask.skill.1513a794-bc17-4c1e-9a0b-1f833ab1aa86"
          },
          "user": {
            "userId": "amzn1.ask.account.AG1513A7944697ECD98EB139EBBD9F40"
          },
          "device": {
            "deviceId": "amzn1.ask.device.AFC234479FAC8644637F0D3E478ADE42",
            "supportedInterfaces": {}
          },
          "apiEndpoint": "https://api.amazonalexa.com"
        }
      },
      "request": {
        "type": "IntentRequest",
        "intent": {
          "name": "SpellIntent",
          "confirmationStatus": "NONE",
          "slots": {
            "letters": {
              "name": "letters",
              "value": "c a t",
              "confirmationStatus": "NONE"
            }
          }
        },
        "requestId": "amzn1.echo-api.request.28a75969-da4b-4b5c-9d0e-994b500875df",
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
