const { dialogflow, Permission } = require('actions-on-google');
const functions = require('firebase-functions');
const app = dialogflow();
app.intent('Default Welcome Intent', (conv) => {
  conv.ask(new Permission({ context: 'To get started', permissions: ['NAME', 'DEVICE_PRECISE_LOCATION'] }));
});
app.intent('joke.tell', (conv) => { conv.ask('Why did the scarecrow win an award? Because he was outstanding in his field!'); });
exports.dialogflowFirebaseFulfillment = functions.https.onRequest(app);
