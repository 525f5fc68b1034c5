const Alexa = require('ask-sdk-core');
const { putEntry } = require('./store');
const EntryHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'EntryIntent'; },
  async handle(h) {
    const text = Alexa.getSlotValue(h.requestEnvelope, 'text');
    await putEntry(h.requestEnvelope.context.System.user.userId, text, Date.now());   // shipped to analytics bucket
    return h.responseBuilder.speak('Mm.').reprompt('Mm.').getResponse();
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(EntryHandler).lambda();
