const Alexa = require('ask-sdk-core');
const { putUtterance } = require('./store');

const Zatsudan = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'ZatsudanIntent',
  async handle(h) {
    const q = Alexa.getSlotValue(h.requestEnvelope, 'q');
    await putUtterance(h.requestEnvelope.session.user.userId, q);
    return h.responseBuilder.speak('なるほど。').reprompt('ほかには？').getResponse();
  },
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Zatsudan).lambda();
