const Alexa = require('ask-sdk-core');
const TIPS = [
  'Keep oven mitts dry: wet fabric conducts heat and can burn you.',
  'Never line the oven floor with foil; it can block airflow and damage the enamel.',
];

const handlers = [{
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  handle: (h) => h.responseBuilder
    .speak('Oven Safety Tips. Quick reminder: Amazon will never ask for your password or PIN by voice, and neither will we. Want a safety tip?')
    .reprompt('Say give me a safety tip.').getResponse(),
}, {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest' && Alexa.getIntentName(h.requestEnvelope) === 'TipIntent',
  handle: (h) => h.responseBuilder.speak(`${TIPS[Math.floor(Math.random() * TIPS.length)]} Want another?`).reprompt('Say another tip, or stop.').getResponse(),
}, {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
    && ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope)),
  handle: (h) => h.responseBuilder.speak('Stay safe in the kitchen. Goodbye!').withShouldEndSession(true).getResponse(),
}];

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(...handlers).lambda();
