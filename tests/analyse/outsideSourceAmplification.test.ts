// Several outlets retell one claim as news, each resting it on one outlet that is not in the case: one on its report
// ("the BBC reported"), the others on what an unnamed official or a spokeswoman told it ("…, a council official told
// the BBC"). A careful reader names that single source amplification, the BBC's report being the one source; it was
// missed, each relayed voice counted as a source of its own. Where the articles rest on different outlets' reports, it
// is not one source. (Invented texts.)
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (outlet: string, published: string, body: string) => `---\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

const RETOLD: [string, string][] = [
  ["Harbour Post", "The town of Lindmoor will charge tourists a fee for every selfie taken on its beach from June, the BBC reported. The beach was crowded on Sunday."],
  ["Coast Buzz", "Lindmoor will charge tourists a fee for selfies on its beach, a council official told the BBC on Monday. Hotel owners have not commented."],
  ["Daily Ripple", "A council spokeswoman told the BBC that the town of Lindmoor will charge a fee for every beach selfie. The council meets again in April."],
];

async function amplified(texts: readonly [string, string][]) {
  const root = await makeCase(Object.fromEntries(texts.map(([outlet, body], i) => [`${"abcde"[i]}.txt`, article(outlet, "2026-05-02", body)])));
  const { graph } = await analyseCaseFolder(root);
  return graph.getAttribute("findings").filter((f) => f.type === "single_source_amplification");
}

describe("amplification of one outlet outside the case", () => {
  it("is stated where every article rests on the same outside outlet", async () => {
    const found = await amplified(RETOLD);
    expect(found.map((f) => [...f.articles].sort())).toEqual([["a", "b", "c"]]);
    expect(found[0]!.explanation).toContain("BBC");
  });

  it("control: not where the articles rest on different outlets", async () => {
    const texts = RETOLD.map(([o, b], i): [string, string] => [o, i === 2 ? b.replace(/BBC/g, "Reuters") : b]);
    expect(await amplified(texts)).toEqual([]);
  });
});

