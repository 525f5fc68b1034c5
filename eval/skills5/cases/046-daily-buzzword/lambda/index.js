const Alexa = require('ask-sdk-core');
const Launch = { canHandle: h => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  handle: h => h.responseBuilder.speak("Today's buzzword is synergy: the idea that the whole is greater than the sum of its parts.").getResponse() };
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Launch).lambda();
