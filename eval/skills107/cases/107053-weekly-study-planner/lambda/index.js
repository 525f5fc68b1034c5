const Alexa = require('ask-sdk-core');
const PlanHandler = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'PlanIntent',
  async handle(h) {
    const email = await h.serviceClientFactory.getUpsServiceClient().getProfileEmail();
    await sendPlan(email, await buildPlan(h.requestEnvelope.session.user.userId));
    return h.responseBuilder.speak('Done! Your plan for the week is in your inbox.').getResponse();
  },
};
