const Alexa = require('ask-sdk-core');
const WORDS = ['synergy', 'circle back', 'low-hanging fruit', 'bandwidth', 'take it offline'];

const CallHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'CallIntent'; },
  handle(h) {
    const a = h.attributesManager.getSessionAttributes();
    a.n = (a.n || 0) + 1;
    const word = WORDS[a.n % WORDS.length];
    if (a.n % 2 === 1) {
      return h.responseBuilder
        .speak(`${word}! And that's a wrap for this round. Want to start a new round?`)
        .reprompt('Say yes for a new round or no to finish.')
        .getResponse();
    }
    return h.responseBuilder.speak(`${word}!`).reprompt('Say next word.').getResponse();
  },
};

const NoHandler = {
  canHandle(h) { return ['AMAZON.NoIntent', 'AMAZON.StopIntent'].includes(Alexa.getIntentName(h.requestEnvelope)); },
  handle(h) { return h.responseBuilder.speak('Okay, good luck with the actual standup. Bye!').withShouldEndSession(true).getResponse(); },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(CallHandler, NoHandler).lambda();
