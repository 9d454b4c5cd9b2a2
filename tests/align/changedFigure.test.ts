// A sentence printed again with only its figure changed ("18 percent" → "30 percent", "2,000 dollars" → "$4,000"):
// that figure was changed, however far it moved. Two sentences that differ in more than their figure keep the usual
// caution. Own invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (id: string, outlet: string, published: string, body: string): string => `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

async function drift(first: string, second: string): Promise<string[]> {
  const root = await makeCase({
    "first.txt": article("first", "Brackwater Agricultural College", "2026-04-01", first),
    "second.txt": article("second", "The Sunday Clarion", "2026-04-03", second),
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.getAttribute("findings").filter((f) => f.type === "number_drift").map((f) => f.explanation);
}

const SENTENCE = (figure: string) => `Farmers who spread crushed seashells on their fields for three seasons harvested ${figure} more barley, according to a trial by Brackwater Agricultural College.`;

describe("a figure changed in a sentence printed again", () => {
  it.each([
    ["18 percent", "30 percent"],
    ["2,000 dollars", "$4,000"],
  ])("%s → %s", async (before, after) => {
    const found = await drift(SENTENCE(before), SENTENCE(after));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(after);
  });

  it("a sentence that says more besides keeps the cap on how far a figure may move", async () => {
    const second = "In a separate trial on the coast, farmers who spread crushed seashells harvested 30 percent more oats than their neighbours, according to Brackwater Agricultural College.";
    expect(await drift(SENTENCE("18 percent"), second)).toEqual([]);
  });

  it("the same figure is no drift", async () => {
    expect(await drift(SENTENCE("18 percent"), SENTENCE("18 percent"))).toEqual([]);
  });
});
