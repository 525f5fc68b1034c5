const { run } = require('./helpers/run');

describe("Daily Slang", () => {
  it("open daily slang", async () => { expect(await run("Launch", {})).toMatchSnapshot(); });
});
