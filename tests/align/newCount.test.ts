// A fact check's new official figure ("Mayor X said on 9 May that 14 passengers were injured") and its account of the
// first report ("Harbour Ledger's first report gave 20") were told as the first report's figure changed on the way and
// its "at least" dropped (probe 26 item 2). A figure dated after the report is a new count, not a retelling; a figure
// given as the report's own drops nothing. A figure retold without either still drifts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (id: string, outlet: string, published: string, body: string): string => `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

const FIRST = "At least 20 passengers were injured when a ferry struck the pier at Velmar harbour, mayor Ines Dravik said on Monday.\n\nThe ferry line suspended crossings until further notice.";

async function drift(later: string): Promise<string[]> {
  const root = await makeCase({
    "first.txt": article("first", "Harbour Ledger", "2026-05-04T10:00:00Z", FIRST),
    "check.txt": article("check", "Quay Checks", "2026-05-11T09:00:00Z", later),
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.getAttribute("findings").filter((f) => f.type === "number_drift").map((f) => f.explanation);
}

describe("a new count and a report's own figure are no drift", () => {
  it("a count dated after the report, and the report's figure given as its own", async () => {
    const check = "The ferry struck the pier at Velmar harbour on 4 May.\n\nMayor Ines Dravik said on 9 May that 14 passengers were injured; Harbour Ledger's first report gave 20, and a blog said 35.";
    expect(await drift(check)).toEqual([]);
  });

  it("control: the same figures retold with no day or owner still drift", async () => {
    const check = "The ferry struck the pier at Velmar harbour on 4 May.\n\nMayor Ines Dravik said that 14 passengers were injured when the ferry struck the pier, Harbour Ledger reported.";
    expect(await drift(check)).toHaveLength(1);
  });
});
