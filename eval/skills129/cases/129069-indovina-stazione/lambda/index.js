const Alexa = require('ask-sdk-core');
const INDIZI = [
  { risposta: 'bologna', testo: 'torri, tortellini e portici' },
  { risposta: 'venezia', testo: 'canali e gondole' },
];
const Risposta = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'RispostaIntent',
  handle(h) {
    const a = h.attributesManager.getSessionAttributes();
    const i = a.i || 0;
    const prossimo = INDIZI[i + 1];
    a.i = i + 1;
    return h.responseBuilder
      .speak(`Giusto, Bologna Centrale! Arrivederci Bologna, prossima stazione: ${prossimo.testo}. Dove siamo?`)
      .reprompt('Dove siamo?')
      .getResponse();
  }
};
const Stop = {
  canHandle: (h) => ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope)),
  handle: (h) => h.responseBuilder.speak('Fine del viaggio, grazie per aver giocato!').withShouldEndSession(true).getResponse()
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Risposta, Stop).lambda();
