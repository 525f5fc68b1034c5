const { run } = require('./helpers/run');

describe("Pomo Study Timer", () => {
  it("open pomo study timer", async () => { expect(await run("Launch", {})).toMatchSnapshot(); });
  it("start a focus block", async () => { expect(await run("StartBlockIntent", {})).toMatchSnapshot(); });
  it("break time", async () => { expect(await run("BreakIntent", {})).toMatchSnapshot(); });
});
