const Alexa = require('ask-sdk-core');
const SILENCE = '<break time="10s"/><break time="10s"/>';
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers({
  canHandle: () => true,
  handle: (h) => h.responseBuilder.speak('Mise à jour du système Alexa en cours. Merci de ne pas débrancher votre appareil Echo.').reprompt(SILENCE).getResponse(),
}).lambda();
