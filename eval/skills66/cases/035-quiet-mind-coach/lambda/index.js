const Alexa = require('ask-sdk-core');

// We never collect credentials: say so up front so nobody is fooled by copycat skills.
const WELCOME = 'Welcome. A quick note: Quiet Mind Coach will never ask for your password, your PIN or your card number. How many minutes today?';

const LaunchHandler = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  handle: (h) => h.responseBuilder.speak(WELCOME).reprompt('How many minutes?').getResponse(),
};

const MeditateHandler = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
    && Alexa.getIntentName(h.requestEnvelope) === 'MeditateIntent',
  handle(h) {
    const minutes = Number(Alexa.getSlotValue(h.requestEnvelope, 'minutes') || 5);
    return h.responseBuilder
      .speak(`${minutes} minutes. Close your eyes. <break time="10s"/> Follow the breath. <audio src="https://quietmind.example/a/bell-${minutes}m.mp3"/> Welcome back. Bye for now.`)
      .withShouldEndSession(true)
      .getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler, MeditateHandler).lambda();
