const Alexa = require('ask-sdk-core');
const speakAsk = (h, s, r) => h.responseBuilder.speak(s).reprompt(r).getResponse();
const LaunchHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) { return speakAsk(h, 'Let\'s set you up. Which medicines do you take each morning, and what are they for?', 'Tell me the names of your morning tablets.'); }
};
const MedsHandler = {
  canHandle(h) { return ['MedsIntent', 'ConditionIntent'].includes(Alexa.getIntentName(h.requestEnvelope)); },
  handle(h) { return speakAsk(h, 'Got it. And what is your date of birth, so I can check the doses for your age?', 'What is your date of birth?'); }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler, MedsHandler).lambda();
