// A case outlet cited by a name other than the one its article gives: the language's initials for a registered agency
// taken over under the case's name ("AA" for the case's "Anadolu Ajansı"), an agency's one distinctive word ("told
// Velmar" for Velmar News Agency), and a report described by country and kind ("Ruritania's state-run Velmar news
// agency"). Each lands on the case's article. Own invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

/** The outlet node's slug of a name, as the graph writes it ("Velmar News Agency" → "velmar-news-agency"). */
const slugOf = (name: string): string => name.toLowerCase().replace(/\s+/g, "-");

const article = (id: string, outlet: string, published: string, language: string, body: string): string => `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: ${language}\n---\n${body}\n`;

async function analysed(files: Record<string, string>) {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  const cites = graph.filterEdges((_e, a) => a.kind === "cites").map((e) => `${graph.source(e)}->${graph.target(e)}`);
  const findings = graph.getAttribute("findings").map((f) => `${f.type}: ${f.explanation}`);
  return { cites, findings };
}

const TR_FIRST = "Liman idaresinden yapılan açıklamaya göre, feribot seferleri iki gün boyunca durduruldu ve yolcular otobüslerle Bandırma'ya taşındı. Fırtınadan zarar gören iskele onarılana kadar kapalı kalacak.";

describe("a case outlet cited by another of its names", () => {
  it("reads Turkish 'AA'nın haberine göre' as the case's Anadolu Ajansı article", async () => {
    const { cites, findings } = await analysed({
      "aa.txt": article("aa", "Anadolu Ajansı", "2026-02-02", "tr", TR_FIRST),
      "copy.txt": article("copy", "Marmara Günlüğü", "2026-02-03", "tr", `AA'nın haberine göre fırtına iskeleyi vurdu. ${TR_FIRST}`),
    });
    expect(cites).toContain("copy->aa");
    expect(findings.filter((f) => f.startsWith("uncredited_copy"))).toEqual([]);
  });

  it.each([
    ["Velmar News Agency", "\"The pier is gone,\" the harbour master told Velmar."],
    ["Velmar Ajansı", "\"The pier is gone,\" the harbour master told Velmar."],
    ["Velmar News Agency", "Port officials denied a report by Ruritania's state-run Velmar news agency that the pier had collapsed."],
  ])("reads the agency %s by its distinctive word: %s", async (outlet, text) => {
    const { cites } = await analysed({
      "agency.txt": article("agency", outlet, "2026-02-02", "en", "A storm destroyed the ferry pier at Holm on Sunday night, the harbour authority said."),
      "wire.txt": article("wire", "Harbour Ledger", "2026-02-03", "en", text),
    });
    // The case's agency: its article, or its outlet node where the two texts share nothing that ties the credit to that
    // article (extract/resolve.ts ties a credit to a case article only on evidence).
    expect(cites.some((c) => c === "wire->agency" || c === `wire->outlet:${slugOf(outlet)}`)).toBe(true);
  });

  it("gives no short form to a name whose first word is a kind of outlet", async () => {
    const { cites } = await analysed({
      "agency.txt": article("agency", "Radio Agency", "2026-02-02", "en", "A storm destroyed the ferry pier at Holm on Sunday night, the harbour authority said."),
      "wire.txt": article("wire", "Harbour Ledger", "2026-02-03", "en", "\"The pier is gone,\" the harbour master told Radio."),
    });
    expect(cites.filter((c) => c === "wire->agency" || c === "wire->outlet:radio-agency")).toEqual([]);
  });
});
