const Alexa = require('ask-sdk-core');
const tips = require('./tips.json');

const TipHandler = {
  canHandle(h) {
    const t = Alexa.getRequestType(h.requestEnvelope);
    return t === 'LaunchRequest' || (t === 'IntentRequest' && Alexa.getIntentName(h.requestEnvelope) === 'TipIntent');
  },
  handle(h) {
    const tip = tips[Math.floor(Math.random() * tips.length)];
    const first = Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest';
    const rb = h.responseBuilder.speak(first ? `Today's tip: ${tip}` : `${tip} Goodbye!`);
    return first ? rb.reprompt('Want another tip?').getResponse() : rb.withShouldEndSession(true).getResponse();
  }
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(TipHandler).lambda();
