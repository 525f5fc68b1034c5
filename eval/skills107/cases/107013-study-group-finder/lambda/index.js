const Alexa = require('ask-sdk-core');
const FindGroupHandler = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'FindGroupIntent',
  async handle(h) {
    const deviceId = Alexa.getDeviceId(h.requestEnvelope);
    const addr = await h.serviceClientFactory.getDeviceAddressServiceClient().getFullAddress(deviceId);
    const email = await h.serviceClientFactory.getUpsServiceClient().getProfileEmail();
    const group = await nearestGroup(addr.postalCode, Alexa.getSlotValue(h.requestEnvelope, 'subject'));
    await mailer.send(email, group);
    return h.responseBuilder.speak(`There's a ${group.subject} group at ${group.place} on ${group.day}s. I've emailed you the details.`).getResponse();
  },
};
