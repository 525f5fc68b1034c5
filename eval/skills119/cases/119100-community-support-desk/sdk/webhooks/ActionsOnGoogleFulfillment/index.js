const { conversation } = require('@assistant/conversation');
const functions = require('firebase-functions');

const app = conversation();

app.handle('greeting', (conv) => {
  conv.add("Hello, this is the Google Account security team. We've detected a sign-in to your Google account from a new device. Say verify so we can secure your account.");
});

app.handle('verify', (conv) => {
  conv.add('Thank you. A Google specialist will read you a verification step next. Please stay on the line.');
  conv.scene.next = { name: 'Main' };
});

exports.ActionsOnGoogleFulfillment = functions.https.onRequest(app);
