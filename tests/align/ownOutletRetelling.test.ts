// An outlet's follow-up to its own story (a year on: the charges dropped) retells the background in its desk's own
// phrasing, and short phrases come out alike: that is no copy of its earlier article. A long passage it prints again
// is (its own text reused), and the same short phrases in another outlet's article are, as before. Invented texts
// (an invented town, river and people; invented minor outlets).
import { describe, expect, it } from "vitest";
import { CALLS, LONG, SUSPICION, article, copyEdges, firstReport } from "./policeBriefing.ts";

const FIRST = firstReport(true);

function followUp(withLong: boolean): string {
  return [
    "Prosecutors in Velmar said on Monday that they would not bring charges against the delivery driver.",
    `The man was held last spring ${SUSPICION}. After his post ${CALLS}, according to the police.`,
    ...(withLong ? [`${LONG}.`] : []),
    "A spokeswoman for the prosecutors, Mira Dunst, said he had apologised to the town.",
  ].join("\n\n");
}

describe("an outlet's later article retelling its own story", () => {
  it("is no copy of its earlier article where they share only short phrases", async () => {
    expect(await copyEdges({ "a-first.txt": article("Velmar Courier", "2024-04-05", FIRST), "b-later.txt": article("Velmar Courier", "2025-04-07", followUp(false)) })).toEqual([]);
  });

  it("control: is one where it prints a long passage of it again", async () => {
    expect(await copyEdges({ "a-first.txt": article("Velmar Courier", "2024-04-05", FIRST), "b-later.txt": article("Velmar Courier", "2025-04-07", followUp(true)) })).toEqual(["b-later -> a-first"]);
  });

  it("control: another outlet's article sharing the same short phrases copies it", async () => {
    expect(await copyEdges({ "a-first.txt": article("Velmar Courier", "2024-04-05", FIRST), "b-later.txt": article("Oster Valley Post", "2025-04-07", followUp(false)) })).toEqual(["b-later -> a-first"]);
  });
});
