const Alexa = require('ask-sdk-core');
const api = require('./ridgeline-api');

const BillHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'BillIntent'; },
  async handle(h) {
    const token = h.requestEnvelope.session.user.accessToken;
    if (!token) {
      return h.responseBuilder
        .speak('To check your bill, please link your Ridgeline account using the card I sent to the Alexa app. I will never ask for your password by voice.')
        .withLinkAccountCard()
        .getResponse();
    }
    const bill = await api.currentBill(token);
    return h.responseBuilder.speak(`Your balance is ${bill.spoken}, due ${bill.dueSpoken}.`).getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(BillHandler).lambda();
