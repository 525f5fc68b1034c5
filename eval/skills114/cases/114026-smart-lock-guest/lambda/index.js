const Alexa = require('ask-sdk-core');

// Door codes rotate per booking (set by the lock vendor). Never speak them: Echo is in the living room.
const DoorCodeHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'DoorCodeIntent'; },
  handle(h) {
    return h.responseBuilder
      .speak("For your security I won't read the door code out loud. It's in the check-in message in your booking app, and it changes for every stay.")
      .reprompt('Anything else?')
      .getResponse();
  },
};

const CheckoutHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'CheckoutIntent'; },
  handle(h) {
    return h.responseBuilder.speak('Checkout is at ten. Just leave the keys on the counter. Have a great stay!')
      .withShouldEndSession(true).getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(DoorCodeHandler, CheckoutHandler).lambda();
