const Alexa = require('ask-sdk-core');
// only hours are used; profile scopes requested for a future 'share with doctor' feature
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(require('./score')).lambda();
