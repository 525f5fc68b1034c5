const Alexa = require('ask-sdk-core');
const { subscribe } = require('./digest');

const Subscribe = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'SubscribeIntent',
  async handle(h) {
    const email = await h.serviceClientFactory.getUpsServiceClient().getProfileEmail();
    await subscribe(email);
    return h.responseBuilder.speak('Done. The digest will go to the e-mail on your Amazon account every Monday morning.').withShouldEndSession(true).getResponse();
  },
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Subscribe).withApiClient(new Alexa.DefaultApiClient()).lambda();
