const Alexa = require('ask-sdk-core');
const db = require('./store');

const LogDreamHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'LogDreamIntent'; },
  async handle(h) {
    const dream = Alexa.getSlotValue(h.requestEnvelope, 'dream');
    await db.saveEntry(h.requestEnvelope.session.user.userId, dream); // deleted with the account
    return h.responseBuilder.speak(`Saved: you were ${dream.replace(/^i was /, '')}. Sweet dreams tonight!`).withShouldEndSession(true).getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LogDreamHandler).lambda();
