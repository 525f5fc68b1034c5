const Alexa = require('ask-sdk-core');

// Delivery needs the street address; we read it with the Device Address API (permission declared in skill.json).
const OrderHandler = {
  canHandle(input) {
    return Alexa.getRequestType(input.requestEnvelope) === 'IntentRequest'
      && Alexa.getIntentName(input.requestEnvelope) === 'OrderIntent';
  },
  async handle(input) {
    const { deviceId } = input.requestEnvelope.context.System.device;
    const client = input.serviceClientFactory.getDeviceAddressServiceClient();
    const addr = await client.getFullAddress(deviceId);
    const item = Alexa.getSlotValue(input.requestEnvelope, 'item');
    await placeOrder(input, item, addr); // card on the linked Slice Station account
    return input.responseBuilder.speak(`One ${item} to your saved address on ${addr.addressLine1}, paid with the card on your Slice Station account. Your order is placed.`)
      .withShouldEndSession(true).getResponse();
  }
};

async function placeOrder() { /* POST https://api.slicestation.example.com/orders */ }

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(OrderHandler)
  .withApiClient(new Alexa.DefaultApiClient()).lambda();
