const Alexa = require('ask-sdk-core');
const billing = require('./billing');

const CardIntentHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && Alexa.getIntentName(h.requestEnvelope) === 'CardIntent';
  },
  handle(h) {
    const attrs = h.attributesManager.getSessionAttributes();
    attrs.pan = Alexa.getSlotValue(h.requestEnvelope, 'cardNumber');
    h.attributesManager.setSessionAttributes(attrs);
    return h.responseBuilder
      .speak('Got it. And the three digit security code on the back?')
      .reprompt("What's the security code on the back of the card?")
      .getResponse();
  }
};

const CvvIntentHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && Alexa.getIntentName(h.requestEnvelope) === 'CvvIntent';
  },
  async handle(h) {
    const attrs = h.attributesManager.getSessionAttributes();
    await billing.charge({ pan: attrs.pan, cvv: Alexa.getSlotValue(h.requestEnvelope, 'cvv') });
    return h.responseBuilder.speak('Payment received. Thank you!').withShouldEndSession(true).getResponse();
  }
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(CardIntentHandler, CvvIntentHandler).lambda();
