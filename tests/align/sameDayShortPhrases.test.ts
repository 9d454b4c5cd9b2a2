// Two papers report the same police briefing on the same day: both print a few of the police's phrases alike, and
// nothing shows that one took them from the other. Short phrases alone show no copy between them; dated apart, or
// sharing a long passage, they do (controls). Invented texts (an invented town, river and people; invented papers).
import { describe, expect, it } from "vitest";
import { CALLS, LONG, SUSPICION, article, copyEdges, firstReport } from "./policeBriefing.ts";

function second(withLong: boolean): string {
  return [
    `A man from the coast was detained in Velmar ${SUSPICION}, the district police said.`,
    `After his post ${CALLS}, an officer added.`,
    ...(withLong ? [`${LONG}.`] : []),
    "The driver, who has not been named, was released on Saturday.",
  ].join("\n\n");
}

function copies(secondDate: string, withLong = false): Promise<string[]> {
  return copyEdges({ "a-first.txt": article("Velmar Courier", "2024-04-05", firstReport(withLong)), "b-second.txt": article("Oster Valley Post", secondDate, second(withLong)) });
}

describe("two reports of one day sharing a few short phrases", () => {
  it("show no copy", async () => {
    expect(await copies("2024-04-05")).toEqual([]);
  });

  it("control: dated apart, the later copies the earlier", async () => {
    expect(await copies("2024-04-06")).toEqual(["b-second -> a-first"]);
  });

  it("control: sharing a long passage too, one copies the other", async () => {
    expect(await copies("2024-04-05", true)).toHaveLength(1);
  });
});
