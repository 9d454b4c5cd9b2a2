// An outlet's follow-up to its own story (a year on: the charges dropped) retells the background in its desk's own
// phrasing, and short phrases come out alike: that is no copy of its earlier article. A long passage it prints again
// is (its own text reused), and the same short phrases in another outlet's article are, as before. Invented texts
// (an invented town, river and people; invented minor outlets).
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
  `${LONG}.`,
  "The mayor, Ona Prell, asked residents to trust only official notices.",
].join("\n\n");

function followUp(withLong: boolean): string {
  return [
    "Prosecutors in Velmar said on Monday that they would not bring charges against the delivery driver.",
    `The man was held last spring ${SUSPICION}. After his post ${CALLS}, according to the police.`,
    ...(withLong ? [`${LONG}.`] : []),
    "A spokeswoman for the prosecutors, Mira Dunst, said he had apologised to the town.",
  ].join("\n\n");
}

async function copies(files: Record<string, string>): Promise<string[]> {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  return graph.filterEdges((_, a) => a.kind === "copies").map((e) => `${graph.source(e)} -> ${graph.target(e)}`);
}

describe("an outlet's later article retelling its own story", () => {
  it("is no copy of its earlier article where they share only short phrases", async () => {
    expect(await copies({ "a-first.txt": article("Velmar Courier", "2024-04-05", FIRST), "b-later.txt": article("Velmar Courier", "2025-04-07", followUp(false)) })).toEqual([]);
  });

  it("control: is one where it prints a long passage of it again", async () => {
    expect(await copies({ "a-first.txt": article("Velmar Courier", "2024-04-05", FIRST), "b-later.txt": article("Velmar Courier", "2025-04-07", followUp(true)) })).toEqual(["b-later -> a-first"]);
  });

  it("control: another outlet's article sharing the same short phrases copies it", async () => {
    expect(await copies({ "a-first.txt": article("Velmar Courier", "2024-04-05", FIRST), "b-later.txt": article("Oster Valley Post", "2025-04-07", followUp(false)) })).toEqual(["b-later -> a-first"]);
  });
});
