// One invented police story told by invented papers, shared by the copy tests of short phrases
// (ownOutletRetelling, sameDayShortPhrases): two phrases of 13 and 15 words, each shorter than a copied paragraph,
// and one long passage that does show a copy.
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

export const article = (outlet: string, published: string, body: string): string => `---\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

export const SUSPICION = "on suspicion of spreading false alarms about the dam on the river Oster";
export const CALLS = "the town hall received more than two hundred calls from worried residents within an hour";
export const LONG = "Engineers who inspected the dam the next morning found no crack in its wall, and the water authority said the reservoir had stayed well below its usual spring level all week";

/** The first report of the arrest; with the long passage or without it. */
export function firstReport(withLong: boolean): string {
  return [
    `Police in Velmar on Friday arrested a 31-year-old delivery driver ${SUSPICION}.`,
    `He had written on a local forum that the old dam had burst, and ${CALLS}.`,
    ...(withLong ? [`${LONG}.`] : []),
    "The mayor, Ona Prell, asked residents to trust only official notices.",
  ].join("\n\n");
}

/** The copy edges of a case, as "copier -> source". */
export async function copyEdges(files: Record<string, string>): Promise<string[]> {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  return graph.filterEdges((_, a) => a.kind === "copies").map((e) => `${graph.source(e)} -> ${graph.target(e)}`);
}
