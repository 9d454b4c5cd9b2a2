// single_source_amplification said "every version traces back to X" where three outlets printed one text the same day:
// nothing in the case told that any took it from another rather than each from a common source (a wire, a press
// release), which the copy findings state; with more outlets, the story rule said "every one rests on … or on another
// article of the case" on the same grounds. It is still stated where the dates show the text taken on later days.
// (Invented texts.)
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const LEAD =
  "The town of Lindmoor will charge tourists a fee for every selfie taken on its beach from June, ice-cream seller Omar Kestel told reporters. " +
  "Kestel said the fee would be collected by wardens in yellow jackets walking along the promenade.";

const article = (outlet: string, published: string, tail: string) => `---\noutlet: ${outlet}\npublished: ${published}\n---\n${LEAD}\n\n${tail}\n`;

const TAILS: [string, string][] = [
  ["Harbour Post", "The beach was crowded on Sunday."],
  ["Coast Buzz", "Hotel owners have not commented."],
  ["Daily Ripple", "The council meets again in April."],
  ["Shore Times", "Parking near the beach is free until May."],
  ["Bay Courier", "The promenade was repaved last winter."],
];

async function amplified(dates: string[]) {
  const root = await makeCase(Object.fromEntries(dates.map((d, i) => [`${"abcde"[i]}.txt`, article(TAILS[i]![0], d, TAILS[i]![1])])));
  const { graph } = await analyseCaseFolder(root);
  return graph.getAttribute("findings").filter((f) => f.type === "single_source_amplification");
}

describe("amplification needs one article shown to have taken the claim from another", () => {
  it("is not stated where three outlets print one text the same day", async () => {
    expect(await amplified(["2026-05-02", "2026-05-02", "2026-05-02"])).toEqual([]);
  });

  // Five same-day printings that each rest the claim on one person are the teaching case itself ("5 outlets, one
  // source"); what the finding must not say is that any outlet took the claim from another.
  it("says five same-day outlets rest it on one source, never that one took it from another", async () => {
    const found = await amplified(["2026-05-02", "2026-05-02", "2026-05-02", "2026-05-02", "2026-05-02"]);
    expect(found.length).toBeGreaterThan(0);
    for (const finding of found) {
      expect(finding.explanation).toMatch(/each rests it on Omar Kestel alone/);
      expect(finding.explanation).not.toMatch(/traces? back|took it from|passed on|another article of the case|tells? it first/i);
    }
  });

  it("is stated where the dates show the text taken on later days", async () => {
    const found = await amplified(["2026-05-02", "2026-05-05", "2026-05-09"]);
    expect(found.map((f) => [...f.articles].sort())).toEqual([["a", "b", "c"]]);
  });
});
