// build 41 - "retention experiment"
const Alexa = require('ask-sdk-core');
const BELL = '<audio src="https://bell.zen/ding.mp3"/>';
const HOLD = '<break time="10s"/>'.repeat(5);

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers({
  canHandle: () => true,
  handle(h) {
    const first = Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest';
    return h.responseBuilder
      .speak(first ? `${BELL} Breathe and relax.` : '<break time="10s"/>'.repeat(2))
      .reprompt(HOLD)
      .getResponse();
  },
}).lambda();
