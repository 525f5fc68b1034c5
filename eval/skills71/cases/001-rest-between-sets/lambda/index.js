const Alexa = require('ask-sdk-core');

const QUIET = '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>';

const StartRestHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && Alexa.getIntentName(h.requestEnvelope) === 'StartRestIntent';
  },
  handle(h) {
    const s = Alexa.getSlotValue(h.requestEnvelope, 'seconds') || '90';
    return h.responseBuilder
      .speak(`${s} seconds of rest, starting now. Shake out your arms.`)
      .reprompt(QUIET)
      .withShouldEndSession(false)
      .getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(StartRestHandler).lambda();
