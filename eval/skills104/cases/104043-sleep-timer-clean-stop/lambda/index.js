const Alexa = require('ask-sdk-core');

const StopHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope));
  },
  handle(h) {
    return h.responseBuilder
      .speak('Stopping. Sleep well.')
      .addAudioPlayerStopDirective()
      .withShouldEndSession(true)
      .getResponse();
  }
};

const LaunchHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder.speak('Fan on. Want a sleep timer?').reprompt('Want a timer?').getResponse();
  }
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler, StopHandler).lambda();
