// copied from the hello world template, TODO clean up
const Alexa = require('ask-sdk-core');
const LaunchRequestHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    const speakOutput = 'Welcome, you can say Hello or Help. Which would you like to try?'; // TODO plant text
    return h.responseBuilder.speak(speakOutput).reprompt(speakOutput).getResponse();
  }
};
