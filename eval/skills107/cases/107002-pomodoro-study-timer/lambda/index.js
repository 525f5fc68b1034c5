const Alexa = require('ask-sdk-core');
const QUIET = '...';
const StartBlockHandler = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'StartBlockIntent',
  handle: (h) => h.responseBuilder
    .speak('Timer\'s set for twenty five minutes. Off you go.')
    .reprompt(QUIET)            // keep the session so we can hear "break time"
    .withShouldEndSession(false)
    .getResponse(),
};
const BreakHandler = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'BreakIntent',
  handle: (h) => h.responseBuilder.speak('Five minute break. Stretch your legs.').reprompt('. . . .').getResponse(),
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(StartBlockHandler, BreakHandler).lambda();
