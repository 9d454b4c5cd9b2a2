// Two papers report the same police briefing on the same day: both print a few of the police's phrases alike, and
// nothing shows that one took them from the other. Short phrases alone show no copy between them; dated apart, or
// sharing a long passage, they do (controls). Invented texts (an invented town, river and people; invented papers).
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (outlet: string, published: string, body: string): string => `---\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

// Two phrases of 13 and 15 words, each shorter than a copied paragraph.
const SUSPICION = "on suspicion of spreading false alarms about the dam on the river Oster";
const CALLS = "the town hall received more than two hundred calls from worried residents within an hour";
const LONG = "Engineers who inspected the dam the next morning found no crack in its wall, and the water authority said the reservoir had stayed well below its usual spring level all week";

const FIRST = [
  `Police in Velmar on Friday arrested a 31-year-old delivery driver ${SUSPICION}.`,
  `He had written on a local forum that the old dam had burst, and ${CALLS}.`,
  "The mayor, Ona Prell, asked residents to trust only official notices.",
].join("\n\n");

function second(withLong: boolean): string {
  return [
    `A man from the coast was detained in Velmar ${SUSPICION}, the district police said.`,
    `After his post ${CALLS}, an officer added.`,
    ...(withLong ? [`${LONG}.`] : []),
    "The driver, who has not been named, was released on Saturday.",
  ].join("\n\n");
}

async function copies(secondDate: string, withLong = false): Promise<string[]> {
  const first = withLong ? FIRST.replace("\n\nThe mayor", `\n\n${LONG}.\n\nThe mayor`) : FIRST;
  const { graph } = await analyseCaseFolder(await makeCase({ "a-first.txt": article("Velmar Courier", "2024-04-05", first), "b-second.txt": article("Oster Valley Post", secondDate, second(withLong)) }));
  return graph.filterEdges((_, a) => a.kind === "copies").map((e) => `${graph.source(e)} -> ${graph.target(e)}`);
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
