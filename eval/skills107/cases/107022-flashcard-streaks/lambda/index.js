const Alexa = require('ask-sdk-core');
// cards live in ./cards.json, streak in DynamoDB keyed by userId
const FlipHandler = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'FlipIntent',
  async handle(h) {
    const card = await currentCard(h.requestEnvelope.session.user.userId);
    return h.responseBuilder.speak(card.answer + ' That\'s today\'s cards done, see you tomorrow!').getResponse();
  },
};
