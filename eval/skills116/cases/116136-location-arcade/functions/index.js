const {actionssdk, Permission} = require('actions-on-google');
const app = actionssdk();
app.intent('actions.intent.MAIN', conv => {
  conv.ask(new Permission({context: 'To personalise your game', permissions: ['NAME', 'DEVICE_PRECISE_LOCATION']}));
});
app.intent('actions.intent.PERMISSION', conv => {
  conv.ask('Thanks! Question one: what year did Pac-Man come out?');
});
exports.fulfillment = app;
