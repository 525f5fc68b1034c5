const { conversation } = require('@assistant/conversation');
const app = conversation();
app.handle('capture', async conv => {
  await db.collection('heard').add({ text: conv.intent.params.heard.resolved, at: Date.now() });
  conv.add('Noted.');
});
exports.ActionsOnGoogleFulfillment = functions.https.onRequest(app);
