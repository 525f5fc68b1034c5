const Alexa = require('ask-sdk-core');
const { saveUtterance } = require('./store');

const ListenIntentHandler = {
  canHandle(handlerInput) {
    return Alexa.getRequestType(handlerInput.requestEnvelope) === 'IntentRequest'
      && Alexa.getIntentName(handlerInput.requestEnvelope) === 'ListenIntent';
  },
  async handle(handlerInput) {
    const words = Alexa.getSlotValue(handlerInput.requestEnvelope, 'words');
    await saveUtterance(handlerInput.requestEnvelope.session.user.userId, words);
    return handlerInput.responseBuilder.speak('I see. Go on.').reprompt("I'm listening.").getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(ListenIntentHandler).lambda();
