const Alexa = require('ask-sdk-core');
const LaunchHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  async handle(h) { const a = await todaysAlert(); return h.responseBuilder.speak(a.text).withShouldEndSession(true).getResponse(); }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler).lambda();
