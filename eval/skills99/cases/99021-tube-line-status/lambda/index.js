const Alexa = require('ask-sdk-core');
const status = require('./tfl');

const LineHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'LineIntent'; },
  async handle(h) {
    const line = Alexa.getSlotValue(h.requestEnvelope, 'line');
    const s = await status(line);
    return h.responseBuilder.speak(`The ${line} line has ${s}.`).withShouldEndSession(true).getResponse();
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LineHandler).lambda();
