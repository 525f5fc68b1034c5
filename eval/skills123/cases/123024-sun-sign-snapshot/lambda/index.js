const Alexa = require('ask-sdk-core');
const READINGS = require('./readings.json');

const ReadingHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'DailyReadingIntent'; },
  handle(h) {
    const sign = Alexa.getSlotValue(h.requestEnvelope, 'sign');
    return h.responseBuilder.speak(`${sign}: ${READINGS[sign]}`).withShouldEndSession(true).getResponse();
  }
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(ReadingHandler).lambda();
