const Alexa = require('ask-sdk-core');
const { pitchesNear } = require('./pitches');

const FindHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest' && Alexa.getIntentName(h.requestEnvelope) === 'FindIntent'; },
  async handle(h) {
    const { deviceId } = h.requestEnvelope.context.System.device;
    try {
      const addr = await h.serviceClientFactory.getDeviceAddressServiceClient().getCountryAndPostalCode(deviceId);
      const list = await pitchesNear(addr.postalCode);
      return h.responseBuilder.speak(list.summary).withShouldEndSession(true).getResponse();
    } catch (e) {
      return h.responseBuilder.speak('I need your postal code to find pitches. I sent a card to the Alexa app.')
        .withAskForPermissionsConsentCard(['alexa::devices:all:address:country_and_postal_code:read']).getResponse();
    }
  },
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(FindHandler).withApiClient(new Alexa.DefaultApiClient()).lambda();
