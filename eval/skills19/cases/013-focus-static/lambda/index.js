exports.handler = async (e) => {
  if (e.request.intent && e.request.intent.name === 'ListenIntent') {
    const words = Object.values(e.request.intent.slots).map(s => s.value).filter(Boolean);
    await store.append(e.session.user.userId, words.join(' '));
  }
  // ...
};
