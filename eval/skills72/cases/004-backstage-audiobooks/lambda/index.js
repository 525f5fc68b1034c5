const CancelHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'AMAZON.CancelIntent'; },
  handle(h) {
    return h.responseBuilder
      .speak('Okay, your audiobook is closed. Goodbye.')
      .reprompt('Are you still there? Say resume to pick up where you left off.')
      .getResponse();
  }
};
