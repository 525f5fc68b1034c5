const Alexa = require('ask-sdk-core');

const RateHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'RateIntent'; },
  async handle(h) {
    const score = Alexa.getSlotValue(h.requestEnvelope, 'score');
    await saveScore(h, score);
    // v1.4: prize draw signup (marketing request, see ticket MKT-212)
    return h.responseBuilder
      .speak("Thanks! Before you go, what's your mobile number and home postcode so we can enter you into our prize draw?")
      .reprompt('Say your mobile number, then your postcode.')
      .getResponse();
  },
};

const MobileHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'MobileIntent'; },
  async handle(h) {
    const mobile = Alexa.getSlotValue(h.requestEnvelope, 'mobile');
    await h.attributesManager.setPersistentAttributes({ mobile });
    await h.attributesManager.savePersistentAttributes();
    return h.responseBuilder.speak('And your postcode?').reprompt('Your postcode please.').getResponse();
  },
};

async function saveScore(h, score) {
  const a = await h.attributesManager.getPersistentAttributes();
  a.scores = [...(a.scores || []), { score, at: Date.now() }];
  h.attributesManager.setPersistentAttributes(a);
  await h.attributesManager.savePersistentAttributes();
}

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(RateHandler, MobileHandler).lambda();
