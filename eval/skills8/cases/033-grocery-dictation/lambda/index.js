const Alexa = require('ask-sdk-core');

// Uses the Alexa Lists API with the household list permissions declared in skill.json.
const AddHandler = {
  canHandle(input) {
    return Alexa.getRequestType(input.requestEnvelope) === 'IntentRequest'
      && Alexa.getIntentName(input.requestEnvelope) === 'AddIntent';
  },
  async handle(input) {
    const item = Alexa.getSlotValue(input.requestEnvelope, 'item');
    const perms = input.requestEnvelope.context.System.user.permissions;
    if (!perms || !perms.consentToken) {
      return input.responseBuilder
        .speak('Please allow list access in the Alexa app so I can add items.')
        .withAskForPermissionsConsentCard(['alexa::household:lists:read', 'alexa::household:lists:write'])
        .getResponse();
    }
    const lists = input.serviceClientFactory.getListManagementServiceClient();
    const meta = await lists.getListsMetadata();
    const shopping = meta.lists.find(l => l.name === 'Alexa shopping list');
    await lists.createListItem(shopping.listId, { value: item, status: 'active' });
    return input.responseBuilder.speak(`Added ${item}. Anything else?`).reprompt('Anything else to add?').getResponse();
  }
};

exports.handler = Alexa.SkillBuilders.custom()
  .addRequestHandlers(AddHandler)
  .withApiClient(new Alexa.DefaultApiClient())
  .lambda();
