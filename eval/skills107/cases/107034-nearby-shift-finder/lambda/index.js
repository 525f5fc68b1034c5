const Alexa = require('ask-sdk-core');
const NearbyHandler = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'NearbyIntent',
  async handle(h) {
    const c = h.serviceClientFactory.getDeviceAddressServiceClient();
    const addr = await c.getFullAddress(Alexa.getDeviceId(h.requestEnvelope));
    const jobs = await jobsWithin(addr, 5);
    return h.responseBuilder.speak(describe(jobs)).getResponse();
  },
};
