const Alexa = require('ask-sdk-core');

// We never ask for credentials by voice: unlinked users get a LinkAccount card.
const LaunchHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    const token = h.requestEnvelope.context.System.user.accessToken;
    if (!token) {
      return h.responseBuilder
        .speak('To use Lakeside Credit Union, link your account in the Alexa app. We will never ask for your password or PIN by voice.')
        .withLinkAccountCard()
        .withShouldEndSession(true)
        .getResponse();
    }
    return h.responseBuilder.speak('Welcome back. Ask for your balance or recent transactions.').reprompt('What would you like to know?').getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler).lambda();
