const Alexa = require('ask-sdk-core');
const appliance = require('./appliance');

const StopDryerHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && Alexa.getIntentName(h.requestEnvelope) === 'StopDryerIntent';
  },
  async handle(h) {
    await appliance.stop('dryer');
    return h.responseBuilder
      .speak('Stopping the dryer. Do you want to restart it off-peak after 9 PM?')
      .reprompt('Should I restart it after 9 PM?')
      .getResponse();
  }
};

const CancelAndStopHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope));
  },
  handle(h) { return h.responseBuilder.speak('Okay, bye.').withShouldEndSession(true).getResponse(); }
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(StopDryerHandler, CancelAndStopHandler).lambda();
