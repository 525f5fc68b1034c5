const Alexa = require('ask-sdk-core');
const { nearestStation } = require('./sptrans');

const LaunchHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  async handle(h) {
    const { deviceId } = h.requestEnvelope.context.System.device;
    const client = h.serviceClientFactory.getDeviceAddressServiceClient();
    let address;
    try {
      address = await client.getFullAddress(deviceId);
    } catch (e) {
      return h.responseBuilder
        .speak('Preciso da permissão de endereço para achar a estação mais perto. Enviei um cartão para o app Alexa.')
        .withAskForPermissionsConsentCard(['alexa::devices:all:address:full:read'])
        .getResponse();
    }
    const st = await nearestStation(address);
    return h.responseBuilder.speak(`A estação mais perto de você é a ${st.name}, a ${st.meters} metros. Boa viagem!`).getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler)
  .withApiClient(new Alexa.DefaultApiClient()).lambda();
