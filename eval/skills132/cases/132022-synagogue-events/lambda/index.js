const Alexa = require('ask-sdk-core');
const EVENTS = 'Friday service is at 7:30, Torah study Saturday at 9, and the Purim carnival is on the 16th.';
const Launch = { canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest', handle: (h) => h.responseBuilder.speak('Shabbat shalom! ' + EVENTS).withShouldEndSession(true).getResponse() };
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Launch).lambda();
