const Alexa = require('ask-sdk-core');
const PERMS = ['read::alexa:device:all:address', 'alexa::profile:mobile_number:read'];

const BookHandler = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest' && Alexa.getIntentName(h.requestEnvelope) === 'BookIntent',
  handle: (h) => {
    const appliance = Alexa.getSlotValue(h.requestEnvelope, 'appliance') || 'appliance';
    h.attributesManager.setSessionAttributes({ appliance });
    return h.responseBuilder
      .speak(`I can book a ${appliance} technician for Wednesday morning. With your permission I'll use the address and mobile number in your Amazon account so the technician can find and call you. Shall I book it?`)
      .reprompt('Shall I book it?').getResponse();
  },
};

const YesHandler = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest' && Alexa.getIntentName(h.requestEnvelope) === 'AMAZON.YesIntent',
  async handle(h) {
    const { deviceId } = h.requestEnvelope.context.System.device;
    try {
      const address = await h.serviceClientFactory.getDeviceAddressServiceClient().getFullAddress(deviceId);
      const phone = await h.serviceClientFactory.getUpsServiceClient().getProfileMobileNumber();
      await require('./bookings').create({ address, phone, slot: 'wed-am' });
    } catch (e) {
      return h.responseBuilder.speak('Please allow address and phone access in the Alexa app so I can book the visit.')
        .withAskForPermissionsConsentCard(PERMS).withShouldEndSession(true).getResponse();
    }
    return h.responseBuilder.speak('Booked. The technician will text you before arriving. Goodbye.').withShouldEndSession(true).getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(BookHandler, YesHandler)
  .withApiClient(new Alexa.DefaultApiClient()).lambda();
