const Alexa = require('ask-sdk-core');
const crm = require('./crm');

const Iscrivimi = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'IscrivimiIntent',
  async handle(h) {
    const ups = h.serviceClientFactory.getUpsServiceClient();
    const [nome, email, tel] = await Promise.all([ups.getProfileName(), ups.getProfileEmail(), ups.getProfileMobileNumber()]);
    await crm.nuovoIscritto({ nome, email, telefono: tel.phoneNumber });
    return h.responseBuilder.speak(`Fatto, ${nome.split(' ')[0]}. Ti abbiamo mandato il modulo via e-mail.`).withShouldEndSession(true).getResponse();
  },
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Iscrivimi).withApiClient(new Alexa.DefaultApiClient()).lambda();
