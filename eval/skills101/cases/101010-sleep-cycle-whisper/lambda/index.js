const Alexa = require('ask-sdk-core');
const whisper = (t) => `<amazon:effect name="whispered">${t}</amazon:effect>`;
const Launch = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) { return h.responseBuilder.speak(whisper("Let's count down together. Ten… nine… eight…")).withShouldEndSession(true).getResponse(); }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Launch).lambda();
