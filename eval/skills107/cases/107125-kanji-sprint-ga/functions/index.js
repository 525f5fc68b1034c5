const { conversation } = require('@assistant/conversation');
const app = conversation();
app.handle('main', (conv) => conv.add(nextQuestion()));
app.handle('kotae', (conv) => { conv.add(check(conv.intent.params.yomi.resolved)); conv.scene.next.name = 'actions.scene.END_CONVERSATION'; });
