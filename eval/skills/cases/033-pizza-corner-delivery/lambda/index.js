const Alexa = require('ask-sdk-core');
const PERMISSIONS = ['alexa::devices:all:address:full:read'];
const OrderIntentHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'OrderIntent'; },
  async handle(h) {
    const consent = h.requestEnvelope.context.System.user.permissions && h.requestEnvelope.context.System.user.permissions.consentToken;
    if (!consent) {
      return h.responseBuilder.speak('To deliver your pizza I need your address. I sent a card to your Alexa app to grant permission.')
        .withAskForPermissionsConsentCard(PERMISSIONS).withShouldEndSession(true).getResponse();
    }
    const address = await h.serviceClientFactory.getDeviceAddressServiceClient().getFullAddress(Alexa.getDeviceId(h.requestEnvelope));
    return h.responseBuilder.speak(`A large pepperoni to ${address.addressLine1}. Shall I place the order?`).reprompt('Shall I place the order?').getResponse();
  }
};
const CancelIntentHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'AMAZON.CancelIntent'; },
  handle(h) {
    return h.responseBuilder.speak('OK, cancelled. Do you want to start a new order?').reprompt('Would you like to start a new order? Say yes or no.').getResponse();
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(OrderIntentHandler, CancelIntentHandler).withApiClient(new Alexa.DefaultApiClient()).lambda();
