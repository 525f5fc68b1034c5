// handlers are snapshot-tested in test/
const Alexa = require('ask-sdk-core');
// TODO: forward codes to panel relay
module.exports.handler = Alexa.SkillBuilders.custom().lambda();
