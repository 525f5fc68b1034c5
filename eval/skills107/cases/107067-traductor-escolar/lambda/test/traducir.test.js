const { run } = require('./helpers/run');

describe("Traductor Escolar", () => {
  it("pregúntale a traductor escolar cómo se dice tengo hambre en inglés", async () => { expect(await run("TraducirIntent", {"frase": "tengo hambre"})).toMatchSnapshot(); });
});
