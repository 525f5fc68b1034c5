const Alexa = require('ask-sdk-core');
const db = require('./db');

const FillUp = {
  canHandle: h => Alexa.getIntentName(h.requestEnvelope) === 'FillUpIntent',
  async handle(h) {
    const g = Number(Alexa.getSlotValue(h.requestEnvelope, 'gallons'));
    const m = Number(Alexa.getSlotValue(h.requestEnvelope, 'miles'));
    await db.addFill(Alexa.getUserId(h.requestEnvelope), g, m);
    return h.responseBuilder.speak(`Logged ${g} gallons.`).getResponse();
  }
};
const Average = {
  canHandle: h => Alexa.getIntentName(h.requestEnvelope) === 'AverageIntent',
  async handle(h) {
    const mpg = await db.average(Alexa.getUserId(h.requestEnvelope));
    return h.responseBuilder.speak(`You're averaging ${mpg.toFixed(1)} miles per gallon.`).getResponse();
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(FillUp, Average).lambda();
