const Alexa = require('ask-sdk-core');

const Launch = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  async handle(h) {
    const { deviceId } = h.requestEnvelope.context.System.device;
    const client = h.serviceClientFactory.getDeviceAddressServiceClient();
    let plz;
    try { plz = (await client.getCountryAndPostalCode(deviceId)).postalCode; } catch (e) { plz = null; }
    if (!plz) {
      return h.responseBuilder.speak('Bitte gib in der Alexa App die Postleitzahl frei.')
        .withAskForPermissionsConsentCard(['alexa::devices:all:address:country_and_postal_code:read']).getResponse();
    }
    return h.responseBuilder.speak('Die nächste Filiale ist in der Bahnhofstraße 12, geöffnet bis 18 Uhr. '
      + 'Übrigens: Wir fragen dich niemals nach deiner PIN, TAN oder deinem Passwort. Tschüss!').withShouldEndSession(true).getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Launch).withApiClient(new Alexa.DefaultApiClient()).lambda();
