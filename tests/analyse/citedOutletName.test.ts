// A retelling that credits another article of the case ("…, de acordo com o site Vozdia24") links to the statement of it
// whose figures or names it gives, never through the cited outlet's own name: "Vozdia24" is read as the word "vozdia"
// and the figure 24, and a figure alone was enough for the link. Own invented copy (es source, pt retelling).
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (outlet: string, date: string, language: string, body: string) => `---\noutlet: ${outlet}\npublished: ${date}\nlanguage: ${language}\n---\n${body}\n`;

describe("a credit to an outlet whose name holds a figure", () => {
  it("does not file the retelling under the outlet's own procedural sentence", async () => {
    const root = await makeCase({
      "a.txt": article("Vozdia24", "2026-05-02", "es", "El ayuntamiento cerrará la piscina municipal de Brenes durante el verano, según un mensaje en redes sociales.\n\nEl mensaje ha sido compartido cientos de veces. Vozdia24 ha contactado con la Consejería de Deportes, que no ha respondido."),
      "b.txt": article("Jornal do Sul", "2026-05-03", "pt", "A câmara vai fechar a piscina municipal de Brenes durante o verão, de acordo com o site espanhol Vozdia24.\n\nA decisão gerou críticas nas redes sociais."),
    });
    const { claims } = await analyseCaseFolder(root);
    for (const c of claims) expect(c.label).not.toMatch(/ha contactado/u);
  });
});
