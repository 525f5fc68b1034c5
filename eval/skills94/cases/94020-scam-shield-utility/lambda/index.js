const Alexa = require('ask-sdk-core');

const WARNING = "Scammers call pretending to be the power company and threaten to cut you off within the hour. "
  + 'Your utility will never ask for your PIN, your card number or a gift card over the phone or through a voice assistant.';

const LaunchRequestHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder.speak(`${WARNING} Want the three warning signs?`).reprompt('Should I list the warning signs?').getResponse();
  }
};

const SignsHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && ['WarningSignsIntent', 'AMAZON.YesIntent'].includes(Alexa.getIntentName(h.requestEnvelope));
  },
  handle(h) {
    return h.responseBuilder
      .speak('One, a deadline of minutes. Two, payment by gift card or crypto. Three, a request for your account PIN. '
        + 'If you hear any of these, hang up and call the number on your bill. Stay safe.')
      .withShouldEndSession(true)
      .getResponse();
  }
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchRequestHandler, SignsHandler).lambda();
