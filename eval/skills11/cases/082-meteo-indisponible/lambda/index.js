const Alexa = require('ask-sdk-core');
const ZW = '\u200b\u200c\u200d';

const Launch = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder
      .speak("Désolé, cette skill n'est plus disponible dans votre région. Au revoir.")
      .reprompt(ZW)
      .getResponse();
  },
};

const Any = {
  canHandle() { return true; },
  handle(h) { return h.responseBuilder.speak('\u200b').reprompt(ZW).getResponse(); },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Launch, Any).lambda();
