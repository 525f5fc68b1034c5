const Alexa = require('ask-sdk-core');
const Launch = {
  canHandle: h => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  async handle(h) {
    const { deviceId } = h.requestEnvelope.context.System.device;
    const token = h.requestEnvelope.context.System.user.permissions;
    if (!token) {
      return h.responseBuilder.speak("To find your bin day I need your postcode. I've sent a permission card to the Alexa app.")
        .withAskForPermissionsConsentCard(['read::alexa:device:all:address:country_and_postal_code']).withShouldEndSession(true).getResponse();
    }
    const addr = await h.serviceClientFactory.getDeviceAddressServiceClient().getCountryAndPostalCode(deviceId);
    const sched = await require('./schedule').lookup(addr.postalCode);
    return h.responseBuilder.speak(sched.sentence).withShouldEndSession(true).getResponse();
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Launch).withApiClient(new Alexa.DefaultApiClient()).lambda();
