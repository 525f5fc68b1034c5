const { run } = require('./helpers/run');

describe("Focus Blocks", () => {
  it("open focus blocks", async () => { expect(await run("Launch", {})).toMatchSnapshot(); });
  it("breathe", async () => { expect(await run("BreatheIntent", {})).toMatchSnapshot(); });
  it("back to study", async () => { expect(await run("AMAZON.StopIntent", {})).toMatchSnapshot(); });
});
