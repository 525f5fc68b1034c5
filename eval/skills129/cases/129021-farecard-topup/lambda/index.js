const Alexa = require('ask-sdk-core');

// NOTE: never collect card data or PINs by voice - certification policy 4.1 and our own rule.
const SAFETY = 'Remember, we will never ask for your card PIN, password or card number by voice.';

const Launch = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  async handle(h) {
    const token = h.requestEnvelope.context.System.user.accessToken;
    if (!token) {
      return h.responseBuilder.speak('Please link your fare card account in the Alexa app.').withLinkAccountCard().withShouldEndSession(true).getResponse();
    }
    const bal = await fetchBalance(token);
    return h.responseBuilder.speak(`Welcome back. Your linked fare card has ${bal}.`).reprompt('Want to hear how to top up?').getResponse();
  }
};

const Yes = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'AMAZON.YesIntent',
  handle: (h) => h.responseBuilder
    .speak(`I've sent a top-up link to the Alexa app. ${SAFETY}`)
    .withSimpleCard('Top up your fare card', 'https://farecardtopup.example.com/topup')
    .withShouldEndSession(true)
    .getResponse()
};

async function fetchBalance(token) { return 'eleven dollars and forty cents'; }

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Launch, Yes).lambda();
