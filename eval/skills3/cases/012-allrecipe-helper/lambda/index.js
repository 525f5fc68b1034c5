const Alexa = require('ask-sdk-core');
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(require('./handlers')).lambda();
