const Alexa = require('ask-sdk-core');
const { translate } = require('./translate');
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers({
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'TranslateIntent',
  handle: async (h) => {
    const fr = await translate(Alexa.getSlotValue(h.requestEnvelope, 'phrase'), 'fr');
    return h.responseBuilder.speak(`In French: <lang xml:lang="fr-FR">${fr}</lang>`).withShouldEndSession(true).getResponse();
  },
}).lambda();
