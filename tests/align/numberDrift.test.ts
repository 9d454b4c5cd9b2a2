// Number drift the reading missed: a small count of one noun in Turkish, a measurement unit with a slash (no rounding:
// a unit measured is stated exactly), a sum of money with its currency sign before it, and one counted figure retold in
// another language with another noun. Own invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (id: string, outlet: string, published: string, language: string, body: string): string => `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: ${language}\n---\n${body}\n`;

async function drift(first: [string, string], second: [string, string]): Promise<string[]> {
  const root = await makeCase({
    "first.txt": article("first", "Harbour Ledger", "2026-04-01", first[0], first[1]),
    "second.txt": article("second", "Quay Courier", "2026-04-03", second[0], `${second[1]}`),
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.getAttribute("findings").filter((f) => f.type === "number_drift").map((f) => f.explanation);
}

describe("number drift of other kinds of figures", () => {
  it.each([
    [["tr", "Bandırma açıklarında devrilen teknede 4 dalgıç yaralandı ve hastaneye kaldırıldı."], ["tr", "Harbour Ledger'ın haberine göre Bandırma açıklarında devrilen teknede 7 dalgıç yaralandı ve hastaneye kaldırıldı."]],
    [["en", "Holm Motors said its new engine reached a torque density of 960 Nm/kg in trials at the Velmar plant."], ["en", "Holm Motors said its new engine reached a torque density of 1,000 Nm/kg in trials at the Velmar plant, according to Harbour Ledger."]],
    [["en", "Holm Shipping has agreed to buy the Velmar ferry line for $1.4 billion, people familiar with the talks said."], ["en", "Holm Shipping has agreed to buy the Velmar ferry line for $1.9 billion, Harbour Ledger reported."]],
    [["en", "Holm Shipping has ordered 30 Velmar V9 ferries for its northern routes, the company said."], ["fr", "Holm Shipping a commandé 36 navires Velmar V9 pour ses lignes du nord, selon Harbour Ledger."]],
  ] as [[string, string], [string, string]][])("finds the changed figure (%#)", async (first, second) => {
    expect(await drift(first, second)).toHaveLength(1);
  });

  it("two sums of money in one statement are no drift", async () => {
    const first = "Holm Shipping has dropped an order for 30 Velmar V9 ferries worth $1.4 billion, a source said.\n\nThe line lost more than $200 million last year, the source said.";
    expect(await drift(["en", first], ["en", "Holm Shipping dropped its order for 30 Velmar V9 ferries this week, as the line struggles with losses of more than $200 million."])).toEqual([]);
  });

  it("a count that stays the same is no drift", async () => {
    expect(await drift(["tr", "Bandırma açıklarında devrilen teknede 4 dalgıç yaralandı."], ["tr", "Harbour Ledger'ın haberine göre Bandırma açıklarında devrilen teknede 4 dalgıç yaralandı."])).toEqual([]);
  });
});
