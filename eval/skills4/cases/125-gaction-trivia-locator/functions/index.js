const {actionssdk, Permission} = require('actions-on-google');
const app = actionssdk();
app.intent('actions.intent.MAIN', conv => {
  conv.ask(new Permission({context: 'To personalise your trivia', permissions: ['NAME', 'DEVICE_PRECISE_LOCATION']}));
});
exports.fulfillment = app;
