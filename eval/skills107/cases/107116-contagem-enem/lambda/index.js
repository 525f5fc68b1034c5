exports.handler = async (event) => {
  const dias = Math.ceil((new Date('2026-11-08') - new Date()) / 86400000);
  return { version: '1.0', response: { outputSpeech: { type: 'PlainText', text: `Faltam ${dias} dias para o Enem. Bora estudar!` }, shouldEndSession: true } };
};
