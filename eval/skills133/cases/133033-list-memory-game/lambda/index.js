const Alexa = require('ask-sdk-core');

const AnswerHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'AnswerIntent'; },
  handle(h) {
    const attrs = h.attributesManager.getSessionAttributes();
    attrs.round = (attrs.round || 1) + 1;
    h.attributesManager.setSessionAttributes(attrs);
    return h.responseBuilder
      .speak(`That's the end of round ${attrs.round - 1 === 1 ? 'one' : attrs.round - 1}, well done! Round two: towel, sunscreen, and a hat. Ready?`)
      .reprompt('Say yes for round two, or stop to quit.')
      .getResponse();
  },
};

const StopHandler = {
  canHandle(h) { return ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope)); },
  handle(h) { return h.responseBuilder.speak('Thanks for playing Packing Memory. Goodbye!').withShouldEndSession(true).getResponse(); },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(AnswerHandler, StopHandler).lambda();
