// Two articles that print the same quotation share only that quotation: the sentences around it are each writer's own.
// A figure beside the quotation in one article and another beside it in the other count different things (a reign's
// years, a man's age), so they are no number retold differently. Own invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (id: string, outlet: string, published: string, body: string): string => `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

const QUOTE = `The palace said the governor "is in good health and is at his desk every morning in the capital".`;

async function numberDrift(first: string, second: string): Promise<string[]> {
  const root = await makeCase({
    "first.txt": article("first", "The Harbour Ledger", "2026-03-02", first),
    "second.txt": article("second", "Valley Evening Post", "2026-03-04", second),
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.getAttribute("findings").filter((f) => f.type === "number_drift").map((f) => f.explanation);
}

describe("sentences beside a recycled quotation", () => {
  it("a reign's years beside it in one article and an age in the other are no drift", async () => {
    const first = `Rumours swept the island on Monday. ${QUOTE} He has governed the island for 38 years. Officials gave no date for his return.`;
    const second = `Nobody has seen the governor since the spring. ${QUOTE} The governor of the island, aged 87 years, skipped the harvest fair. Opposition groups asked for a medical report.`;
    expect(await numberDrift(first, second)).toEqual([]);
  });

  it("one copied passage with its figure changed still drifts", async () => {
    const shared = "Rumours swept the island on Monday after a blurred photograph of an empty balcony spread on messaging apps and local radio.";
    const first = `${shared} ${QUOTE} Dock workers in the northern port said 1,200 containers were waiting to be unloaded. Officials gave no date for his return.`;
    const second = `${shared} ${QUOTE} Dock workers in the northern port said 12,000 containers were waiting to be unloaded. Officials gave no date for his return.`;
    expect((await numberDrift(first, second)).join(" ")).toContain("12,000");
  });
});
