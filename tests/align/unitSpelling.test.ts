// British and US spellings of one metric unit ("kilometres" / "kilometers", "litres" / "liters") in a quotation printed
// twice: the same words, so neither a number drift nor an altered quotation. Own invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (id: string, outlet: string, published: string, body: string): string => `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

async function findings(first: string, second: string): Promise<string[]> {
  const root = await makeCase({
    "first.txt": article("first", "Lowmoor Courier", "2026-03-10", `A pipeline burst near the village of Cradley Fen on Monday, the water board said.\n\n${first}`),
    "second.txt": article("second", "Pacific Ledger Wire", "2026-03-11", `A water main failed in Cradley Fen, officials said Tuesday.\n\n${second}`),
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.getAttribute("findings").map((f) => f.type);
}

describe("spellings of one unit are one unit", () => {
  it.each([
    ["kilometres", "kilometers"],
    ["litres", "liters"],
  ])("%s and %s", async (uk, us) => {
    const quote = (unit: string) => `"The main lost 4,000 ${unit} of water before the crews closed the valve near the old mill," engineer Priya Holloway told reporters.`;
    const types = await findings(quote(uk), quote(us));
    expect(types).toContain("recycled_quote");
    expect(types).not.toContain("number_drift");
    expect(types).not.toContain("altered_quote");
  });
});
