// A figure written in parts ("88 کروڑ 12 لاکھ", "1 million 200 thousand", "2 miliardy 300 milionów") is one figure, and
// figures of two currencies count two things: neither is a number that drifted. Own invented texts.
import { describe, expect, it } from "vitest";
import { numberMentions } from "../../src/align/drift.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

function figures(text: string, language: string): [string, number, string | undefined][] {
  return numberMentions(text, { start: 0, end: text.length }, language).map((m) => [m.span.text, m.value, m.noun]);
}

const article = (id: string, outlet: string, published: string, language: string, body: string): string => `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: ${language}\n---\n${body}\n`;

async function numberDrift(language: string, first: string, second: string): Promise<string[]> {
  const root = await makeCase({
    "first.txt": article("first", "Harbour Ledger", "2026-04-01", language, first),
    "second.txt": article("second", "Quay Courier", "2026-04-03", language, second),
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.getAttribute("findings").filter((f) => f.type === "number_drift").map((f) => f.explanation);
}

describe("a figure written in parts", () => {
  it.each([
    ["ur", "ایک تاجر نے 40 لاکھ ڈالر (88 کروڑ 12 لاکھ روپے) کا عطیہ دیا۔", [["40 لاکھ ڈالر", 4e6, "ڈالر"], ["88 کروڑ 12 لاکھ روپے", 881.2e6, "روپے"]]],
    ["ur", "ایک تاجر نے 40لاکھ ڈالر کا عطیہ دیا۔", [["40لاکھ ڈالر", 4e6, "ڈالر"]]],
    ["en", "The fund raised 1 million 200 thousand dollars and 3 million and 400 thousand euros.", [["1 million 200 thousand dollars", 1.2e6, "dollars"], ["3 million and 400 thousand euros", 3.4e6, "euros"]]],
    ["pl", "Miasto wydało 2 miliardy 300 milionów złotych.", [["2 miliardy 300 milionów złotych", 2.3e9, "złotych"]]],
    ["en", "The plot sold for 1,25,00,000 rupees.", [["1,25,00,000 rupees", 1.25e7, "rupees"]]],
  ] as [string, string, [string, number, string][]][])("is read as one figure (%s: %s)", (language, text, expected) => {
    expect(figures(text, language)).toEqual(expected);
  });

  it("a scale word ends a figure, the next figure counting something else stays apart", () => {
    expect(figures("Das Dorf bekam 2 Millionen Euro, 300 Familien profitierten.", "de")).toEqual([["2 Millionen Euro", 2e6, "euro"], ["300 Familien", 300, "familien"]]);
  });
});

describe("number drift between figures of one thing only", () => {
  const gift = (figure: string) => `کراچی کے ایک تاجر ولید سامر نے شہر کے یتیم خانے کو ${figure} کا عطیہ دیا ہے۔ یتیم خانے کی انتظامیہ نے عطیے کی تصدیق کی ہے۔`;

  it("a compound figure in another currency beside the same figure is no drift", async () => {
    expect(await numberDrift("ur", gift("40 لاکھ ڈالر"), gift("40 لاکھ ڈالر (88 کروڑ 32 لاکھ روپے)"))).toEqual([]);
  });

  it("the same figure changed is still drift", async () => {
    expect(await numberDrift("ur", gift("40 لاکھ ڈالر"), gift("50 لاکھ ڈالر"))).toHaveLength(1);
  });

  it.each(["roupies", "navires"])("a sum of money retold in another language is no other sum of another currency, nor a count (%s)", async (noun) => {
    const root = await makeCase({
      "first.txt": article("first", "Harbour Ledger", "2026-04-01", "en", "Holm Shipping has paid 400 dollars for each Velmar V9 berth on its northern routes, the company said."),
      "second.txt": article("second", "Quay Courier", "2026-04-03", "fr", `Holm Shipping a payé 500 ${noun} pour chaque poste Velmar V9 de ses lignes du nord, selon Harbour Ledger.`),
    });
    const { graph } = await analyseCaseFolder(root);
    expect(graph.getAttribute("findings").filter((f) => f.type === "number_drift")).toEqual([]);
  });

  it("the same currency retold with another sum is still drift", async () => {
    const root = await makeCase({
      "first.txt": article("first", "Harbour Ledger", "2026-04-01", "en", "Holm Shipping has paid 400 dollars for each Velmar V9 berth on its northern routes, the company said."),
      "second.txt": article("second", "Quay Courier", "2026-04-03", "fr", "Holm Shipping a payé 500 dollars pour chaque poste Velmar V9 de ses lignes du nord, selon Harbour Ledger."),
    });
    const { graph } = await analyseCaseFolder(root);
    expect(graph.getAttribute("findings").filter((f) => f.type === "number_drift")).toHaveLength(1);
  });
});
