const { run } = require('./helpers/run');

describe("しりとり部", () => {
  it("しりとり部を開いて", async () => { expect(await run("Launch", {})).toMatchSnapshot(); });
  it("ごりら", async () => { expect(await run("KotobaIntent", {"kotoba": "ごりら"})).toMatchSnapshot(); });
});
