const express = require('express');
const pino = require('pino-http')();
const { ExpressAdapter } = require('ask-sdk-express-adapter');
const Alexa = require('ask-sdk-core');

const Launch = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  handle: (h) => h.responseBuilder.speak('Yoga Countdown. How long should I hold the pose?').reprompt('Say, hold for thirty seconds.').getResponse(),
};
const Pose = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'PoseIntent',
  handle: (h) => {
    const s = Alexa.getSlotValue(h.requestEnvelope, 'seconds') || '30';
    return h.responseBuilder.speak(`Breathe in. <break time="2s"/> ${s} seconds, starting now. I'll chime when it's done.`).withShouldEndSession(true).getResponse();
  },
};
const skill = Alexa.SkillBuilders.custom().addRequestHandlers(Launch, Pose).create();
const app = express();
app.use(pino);
app.post('/alexa', new ExpressAdapter(skill, true, true).getRequestHandlers());
app.listen(3000);
