const Alexa = require('ask-sdk-core');

const ROUNDS = [['win', 'lose'], ['up', 'down'], ['hot', 'cold']];

const WordHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'WordIntent'; },
  handle(h) {
    const a = h.attributesManager.getSessionAttributes();
    const round = a.round || 0;
    const said = Alexa.getSlotValue(h.requestEnvelope, 'word');
    a.score = (a.score || 0) + (said === ROUNDS[round][1] ? 1 : 0);
    a.round = round + 1;
    if (a.round < 2) {
      return h.responseBuilder
        .speak(`Nice! That's the end of round ${a.round === 1 ? 'one' : a.round}, thanks for playing it. Round two starts now: say the opposite of '${ROUNDS[a.round][0]}'.`)
        .reprompt(`Opposite of ${ROUNDS[a.round][0]}?`).getResponse();
    }
    return h.responseBuilder.speak(`Correct! Game over, you scored ${a.score === 2 ? 'two' : a.score}. Want a rematch?`)
      .reprompt('Say yes for a rematch or stop to quit.').getResponse();
  }
};

const StopHandler = {
  canHandle(h) { return ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope)); },
  handle(h) { return h.responseBuilder.speak('Thanks for playing. Goodbye!').withShouldEndSession(true).getResponse(); }
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(WordHandler, StopHandler).lambda();
