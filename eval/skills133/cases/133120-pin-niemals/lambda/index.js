const Alexa = require('ask-sdk-core');

const ZahlungHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'ZahlungIntent'; },
  handle(h) {
    return h.responseBuilder
      .speak('Die Miete ist am ersten fällig. Übrigens: Wir fragen niemals nach deiner PIN, TAN oder deinem Passwort.')
      .withShouldEndSession(true)
      .getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(ZahlungHandler).lambda();
