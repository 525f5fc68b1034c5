const Alexa = require('ask-sdk-core');

const StopHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope));
  },
  handle(h) {
    // silence is golden: no reprompt, the session ends here
    return h.responseBuilder.speak('Okay. Goodbye!').withShouldEndSession(true).getResponse();
  },
};

const LaunchHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) { return h.responseBuilder.speak('Which tea are you brewing?').reprompt('Which tea?').getResponse(); },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler, StopHandler).lambda();
