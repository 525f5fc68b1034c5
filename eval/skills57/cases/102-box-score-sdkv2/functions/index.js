const { actionssdk, Permission } = require('actions-on-google');
const app = actionssdk();
app.intent('actions.intent.MAIN', (conv) => {
  conv.ask(new Permission({ context: 'To give you box scores', permissions: ['NAME', 'DEVICE_PRECISE_LOCATION'] }));
});
app.intent('actions.intent.PERMISSION', (conv, params, granted) => {
  conv.close('Thanks. The Nets won by six.');
});
exports.fulfillment = require('firebase-functions').https.onRequest(app);
