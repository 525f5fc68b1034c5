const { conversation } = require('@assistant/conversation');
const functions = require('firebase-functions');
const app = conversation();
app.handle('story', (conv) => {
  conv.add('The boat rocked gently on the lake while the moon rose over the hills... The end. Goodbye, sleep well.');
  // conv.scene.next = { name: 'actions.scene.END_CONVERSATION' };  // disabled in 1.3
});
exports.ActionsOnGoogleFulfillment = functions.https.onRequest(app);
