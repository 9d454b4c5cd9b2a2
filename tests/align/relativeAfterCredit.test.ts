// A clause opening on "que"/"che"/"that" after a comma that follows a credited outlet's name ("divulgada pelo portal X,
// que ainda errou a data") is a relative clause about the outlet, what it did, never what it is credited with: charging
// the outlet with it as an unsupported attribution invented a claim of its. Own invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

async function unsupported(checkText: string, language: string): Promise<string[]> {
  const root = await makeCase({
    "site.txt": `---\nid: site\noutlet: Maré Alta\npublished: 2026-03-02\nlanguage: ${language}\n---\nBalsa suspensa\n\nA balsa para a ilha de Holm ficará suspensa durante todo o mês de abril, decidiu a câmara municipal.\n`,
    "check.txt": `---\nid: check\noutlet: Cais Verificado\npublished: 2026-03-04\nlanguage: ${language}\n---\n${checkText}\n`,
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.getAttribute("findings").filter((f) => f.type === "unsupported_attribution").map((f) => f.explanation);
}

describe("a relative clause after a credited name", () => {
  it("charges the outlet with nothing it did (pt)", async () => {
    expect(await unsupported("Balsa não para\n\nA balsa para a ilha de Holm ficará suspensa durante todo o mês de abril, dizia-se.\n\nA informação foi divulgada pelo portal Maré Alta, que ainda trocou o nome do barco vizinho.", "pt")).toEqual([]);
  });

  it("still charges a content clause after the verb (pt)", async () => {
    // Control: passes before and after.
    expect(await unsupported("Balsa não para\n\nA balsa para a ilha de Holm ficará suspensa durante todo o mês de abril, dizia-se.\n\nO portal Maré Alta publicou que o barco vizinho também ficará parado durante todo o verão.", "pt")).toHaveLength(1);
  });
});
