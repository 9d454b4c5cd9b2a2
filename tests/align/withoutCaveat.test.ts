// What follows "without" after a credit says what the cited source left out ("published by X without the caveat that
// …"): it is no claim of X's, and charging X with it as an unsupported attribution invented one. Own invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

async function analysed(checkText: string, language: string) {
  const root = await makeCase({
    "site.txt": `---\nid: site\noutlet: Harbour Truth\npublished: 2026-03-02\nlanguage: ${language}\n---\nFerry fares to triple\n\nFerry fares to Holm island will triple in April, the harbour board decided in a closed meeting on Monday.\n`,
    "check.txt": `---\nid: check\noutlet: Quay Facts\npublished: 2026-03-04\nlanguage: ${language}\n---\n${checkText}\n`,
  });
  const { graph } = await analyseCaseFolder(root);
  return { findings: graph.getAttribute("findings").map((f) => `${f.type}: ${f.explanation}`), cites: graph.filterEdges((_e, a, s, t) => a.kind === "cites" && s === "check" && (t === "site" || t === "outlet:harbour-truth")) };
}
const findingsOf = async (text: string, language: string) => (await analysed(text, language)).findings;

/**
 * The check restates the site's report first, so the credit is tied to the site's article of the case by shared text
 * (extract/resolve.ts ties a credit to a case article only on evidence; untied, nothing is charged at all).
 */
const RESTATED: Record<string, string> = {
  en: "Ferry fares to Holm island will triple in April, the harbour board decided in a closed meeting on Monday, a site claimed.",
  pt: "Ferry fares to Holm island will triple in April, the harbour board decided in a closed meeting on Monday.",
};

describe("a credit followed by 'without'", () => {
  it("reads 'reproduzida pelo site X' as a citation of X", async () => {
    expect((await analysed("Tarifas não triplicam\n\nA história foi reproduzida pelo site Harbour Truth sem a ressalva de que a ata da reunião nunca foi divulgada.", "pt")).cites).toHaveLength(1);
  });

  it.each([
    ["en", `No fare rise decided\n\n${RESTATED.en}\n\nThe story was published by Harbour Truth without the caveat that the board's minutes were never released.`],
    ["pt", `Tarifas não triplicam\n\n${RESTATED.pt}\n\nA história foi reproduzida pelo site Harbour Truth sem a ressalva de que a ata da reunião nunca foi divulgada.`],
  ])("charges the cited source with none of what it left out (%s)", async (language, text) => {
    expect((await findingsOf(text, language)).filter((f) => f.startsWith("unsupported_attribution"))).toEqual([]);
  });

  it("still charges what the credit itself attributes", async () => {
    const found = await findingsOf(`Fare rise\n\n${RESTATED.en}\n\nAccording to Harbour Truth, the board also sold the old ferry pier to a hotel chain.`, "en");
    expect(found.filter((f) => f.startsWith("unsupported_attribution"))).toHaveLength(1);
  });
});
