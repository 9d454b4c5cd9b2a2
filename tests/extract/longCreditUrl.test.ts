// A source line whose value is an article's full address, which runs well past a hundred characters, cites the outlet
// of that address; so does a credit line ("Créditos:", "Credits:") that gives an address. Texts of our own.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Lumen Post", aliases: [], descriptors: [], domains: ["lumenpost.com.br"], kind: "newspaper" }]);
const STORY = "O aeroporto da cidade vai fechar por três meses para obras na pista, disse a prefeitura na segunda-feira.";
const LONG_URL = "https://www.lumenpost.com.br/cidades/regiao-serrana/2021/05/aeroporto-municipal-vai-fechar-por-tres-meses-para-obras-na-pista-principal-diz-prefeitura/";

function cited(lastLine: string): string[] {
  return readText(`${STORY}\n\n${lastLine}`, registry, { outlet: "Blog da Serra", language: "pt" }).attributions.map((a) => a.outletName);
}

describe("a source line with a long address", () => {
  it("holds an address longer than a hundred characters", () => {
    expect(LONG_URL.length).toBeGreaterThan(140);
  });

  it.each([`Fonte: ${LONG_URL}`, `Source: ${LONG_URL}`, `Fuente: ${LONG_URL}`, "Créditos: https://www.lumenpost.com.br", "Credits: https://www.lumenpost.com.br"])(
    "cites the outlet of the address: %s",
    (line) => {
      expect(cited(line)).toEqual(["Lumen Post"]);
    },
  );

  it("reads no credit line of a name as a source line", () => {
    expect(cited("Créditos: Lumen Post")).toEqual([]);
  });
});
