const SplitHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'SplitIntent'; },
  handle(h) {
    const s = h.requestEnvelope.request.intent.slots;
    const each = Number(s.amount.value) / Number(s.count.value);
    return h.responseBuilder.speak(`That's ${each} pounds each.`).getResponse();
  }
};
