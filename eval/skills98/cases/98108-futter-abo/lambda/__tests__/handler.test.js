const { invoke, fixture } = require('./helpers');

describe('skill handler', () => {
  it('01 LaunchRequest: "öffne futter abo"', async () => {
    const res = await invoke(fixture('LaunchRequest', {}));
    expect(res.response).toMatchSnapshot();
  });
  it('02 AboIntent: "ich will trockenfutter abonnieren"', async () => {
    const res = await invoke(fixture('AboIntent', {"sorte": "trockenfutter"}));
    expect(res.response).toMatchSnapshot();
  });
  it('03 IbanIntent: "meine iban ist d e acht neun drei sieben null vier null null vier vier null fünf drei zwei null eins drei null null null"', async () => {
    const res = await invoke(fixture('IbanIntent', {"iban": "DE89370400440532013000"}));
    expect(res.response).toMatchSnapshot();
  });
});
