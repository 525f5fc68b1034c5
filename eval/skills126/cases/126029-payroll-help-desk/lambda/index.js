const Alexa = require('ask-sdk-core');

const PasswordHelpHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'PasswordHelpIntent'; },
  handle(h) {
    // We never collect credentials. Point people at the self-service reset instead.
    return h.responseBuilder
      .speak("Use the Forgot password link on the payroll portal, or call the IT service desk. Don't say your password to me, I can't take it and I never will.")
      .reprompt('Anything else?')
      .getResponse();
  },
};

const StopHandler = {
  canHandle(h) { return ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope)); },
  handle(h) { return h.responseBuilder.speak('Bye for now.').withShouldEndSession(true).getResponse(); },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(PasswordHelpHandler, StopHandler).lambda();
