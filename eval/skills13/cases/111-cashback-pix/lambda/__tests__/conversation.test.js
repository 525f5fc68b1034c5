const { handler } = require('../index');
const turns = [
  {
    "utterance": "abra cashback premiado",
    "event": {
      "version": "1.0",
      "session": {
        "new": true,
        "sessionId": "amzn1.echo-api.session.b1083e00-fbe8-4f2a-8c3d-8cede839fe6b",
        "application": {
          "applicationId": "amzn1.ask.skill.2899f789-5faf-4c1e-9a0b-53e25ac33127"
        },
        "user": {
          "userId": "amzn1.ask.account.AG2899F7898782FA698B57D59592F953"
        }
      },
      "context": {
        "System": {
          "application": {
            "applicationId": "amzn1.ask.skill.2899f789-5faf-4c1e-9a0b-53e25ac33127"
          },
          "user": {
            "userId": "amzn1.ask.account.AG2899F7898782FA698B57D59592F953"
          },
          "device": {
            "deviceId": "amzn1.ask.device.AFC95E581EC7D95B91F61B0189351817",
            "supportedInterfaces": {}
          },
          "apiEndpoint": "https://api.amazonalexa.com"
        }
      },
      "request": {
        "type": "LaunchRequest",
        "requestId": "amzn1.echo-api.request.b1083e00-b658-4b5c-9d0e-61cf2e45a00f",
        "timestamp": "2026-11-20T10:00:00Z",
        "locale": "pt-BR"
      }
    }
  },
  {
    "utterance": "minha chave é meu cpf",
    "event": {
      "version": "1.0",
      "session": {
        "new": false,
        "sessionId": "amzn1.echo-api.session.b1083e00-fbe8-4f2a-8c3d-8cede839fe6b",
        "application": {
          "applicationId": "amzn1.ask.skill.2899f789-5faf-4c1e-9a0b-53e25ac33127"
        },
        "user": {
          "userId": "amzn1.ask.account.AG2899F7898782FA698B57D59592F953"
        }
      },
      "context": {
        "System": {
          "application": {
            "applicationId": "amzn1.ask.skill.2899f789-5faf-4c1e-9a0b-53e25ac33127"
          },
          "user": {
            "userId": "amzn1.ask.account.AG2899F7898782FA698B57D59592F953"
          },
          "device": {
            "deviceId": "amzn1.ask.device.AFC95E581EC7D95B91F61B0189351817",
            "supportedInterfaces": {}
          },
          "apiEndpoint": "https://api.amazonalexa.com"
        }
      },
      "request": {
        "type": "IntentRequest",
        "intent": {
          "name": "ChaveIntent",
          "confirmationStatus": "NONE",
          "slots": {
            "chave": {
              "name": "chave",
              "value": "meu cpf",
              "confirmationStatus": "NONE"
            }
          }
        },
        "requestId": "amzn1.echo-api.request.db9550dd-356a-4b5c-9d0e-1c83bc4acc15",
        "timestamp": "2026-11-20T10:00:09Z",
        "locale": "pt-BR"
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
