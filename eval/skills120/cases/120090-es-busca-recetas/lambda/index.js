const Alexa = require('ask-sdk-core');
const BuscarHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'BuscarIntent'; },
  handle(h) {
    const plato = Alexa.getSlotValue(h.requestEnvelope, 'plato');
    return h.responseBuilder.speak(`Encontré tres recetas de ${plato}. La primera es la más fácil. ¿Se la leo?`).reprompt('¿Se la leo?').getResponse();
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(BuscarHandler).lambda();
