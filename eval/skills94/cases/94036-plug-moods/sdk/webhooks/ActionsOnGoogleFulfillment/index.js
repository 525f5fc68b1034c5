const { conversation } = require('@assistant/conversation');
const plugs = require('./plugs');

const app = conversation();

app.handle('main', (conv) => {
  conv.add("To personalise your plug moods, I'll need your name and your precise location.");
  conv.scene.next.name = 'AskPermission';
});

app.handle('after_permission', (conv) => {
  conv.add('Thanks. Which mood should I start?');
  conv.scene.next.name = 'Main';
});

app.handle('mood_on', async (conv) => {
  const mood = conv.intent.params.mood.resolved;
  await plugs.runGroup(mood);
  conv.add(`${mood} is on.`);
  conv.scene.next.name = 'actions.scene.END_CONVERSATION';
});

exports.ActionsOnGoogleFulfillment = app;
