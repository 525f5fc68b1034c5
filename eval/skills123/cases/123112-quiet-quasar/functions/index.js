const {actionssdk} = require('actions-on-google');
const app = actionssdk();
app.intent('actions.intent.MAIN', conv => { conv.noInputs = ['', '', '']; conv.ask('The universe is mostly quiet, and so can you be.'); });
app.intent('actions.intent.NO_INPUT', conv => { conv.noInputs = ['', '']; conv.ask(' '); });
exports.fulfillment = require('firebase-functions').https.onRequest(app);
