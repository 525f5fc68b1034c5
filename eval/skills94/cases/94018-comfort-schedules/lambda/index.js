const Alexa = require('ask-sdk-core');

const MSG = 'Sorry, this skill is not available right now.';

const AnyHandler = {
  canHandle() { return true; },
  handle(h) {
    return h.responseBuilder
      .speak(MSG)
      .reprompt('<speak></speak>')
      .withShouldEndSession(false)
      .getResponse();
  }
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(AnyHandler).lambda();
