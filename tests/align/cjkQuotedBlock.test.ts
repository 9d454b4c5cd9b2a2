// Words one article quotes in marks as someone's and another sets apart as a block after a colon ("Oto jak brzmiał ten
// akapit w oryginale:" / the words), with no marks: the block is that person's words too, printed without marks, so two
// wordings of it are one quotation altered. Read as the block's own prose, marked on one side only and with nothing to
// order the two, they showed neither a copy nor a quotation. Own invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (id: string, outlet: string, body: string): string => `---\nid: ${id}\noutlet: ${outlet}\nlanguage: pl\n---\n${body}\n`;

const QUOTED =
  "Nie lubię tego miasta za jego hałas i pośpiech, za ulice pełne samochodów i ludzi, którzy nigdy nie patrzą sobie w oczy. Wracam tu jednak zawsze, bo tylko tutaj czuję się naprawdę u siebie.";

async function relations(block: string): Promise<{ edges: string[]; findings: string[] }> {
  const root = await makeCase({
    "kurier.txt": article("kurier", "Kurier Nadmorski", `W rozmowie z miesięcznikiem pisarka Marta Wierzbowska mówiła o rodzinnym mieście: „${QUOTED}” Wywiad ukazał się dwadzieścia lat temu.`),
    "glos.txt": article("glos", "Głos Doliny", `Pisarka od lat wraca do tematu rodzinnego miasta. Oto jak brzmiał ten akapit w oryginale:\n\n${block}\n\nDziś autorka mieszka za granicą.`),
  });
  const { graph } = await analyseCaseFolder(root);
  const edges = graph.edges().map((e) => graph.getEdgeAttributes(e)).filter((a) => ["copies", "quotes_same", "alters_quote"].includes(a.kind)).map((a) => a.kind);
  const findings = graph.getAttribute("findings").filter((f) => f.type === "altered_quote").map((f) => f.explanation);
  return { edges, findings };
}

describe("a block set apart after a colon that another article quotes in marks", () => {
  it("is an altered quotation where a word inside it changed", async () => {
    const { edges, findings } = await relations(QUOTED.replace("hałas", "zgiełk"));
    expect(edges).toEqual(["alters_quote"]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(/zgiełk/u);
  });

  it("is the same quotation where its words are the same", async () => {
    const { edges, findings } = await relations(QUOTED);
    expect(edges).toEqual(["quotes_same"]);
    expect(findings).toEqual([]);
  });
});
