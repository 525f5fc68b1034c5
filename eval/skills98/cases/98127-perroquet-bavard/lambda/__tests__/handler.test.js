const { invoke, fixture } = require('./helpers');

describe('skill handler', () => {
  it('01 LaunchRequest: "ouvre perroquet bavard"', async () => {
    const res = await invoke(fixture('LaunchRequest', {}));
    expect(res.response).toMatchSnapshot();
  });
  it('02 RepeteIntent: "ben le code de l'alarme c'est toujours le même"', async () => {
    const res = await invoke(fixture('RepeteIntent', {"mots": "le code de l'alarme c'est toujours le m\u00eame"}));
    expect(res.response).toMatchSnapshot();
  });
});
