/**
 * The story merge joins two groups whose words meet when their articles largely coincide. An article that only quotes
 * a speaker in both (a study's summary, sentence after sentence) was counted as printing both, so a group of another
 * article's sentence and one quoted sentence joined the group of the next quoted sentence, and its article a claim it
 * does not carry. Such an article says what the speaker said, not that the two are one claim; one that tells either
 * in its own words still counts. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { mergeStoryGroups } from "../../../src/analyse/claims/merge.ts";
import { groupOf } from "../../../src/analyse/claims/signature.ts";
import { readStatements } from "../../../src/analyse/claims/statements.ts";
import type { StatementSource } from "../../../src/analyse/claims/types.ts";
import { source } from "../statementSources.ts";

const closes = "The council will close the Varnholm tram line for repairs in May.";
const closesToo = "“The Varnholm tram line will close for repairs in May,” the council wrote.";
const costs = "“Fixing the Varnholm tram line before May will cost four million crowns.”";
const costsToo = "The work on the Varnholm tram line will cost four million crowns, officials said.";

/** An article whose sentences are, all but their credit, inside quotation marks (or none when `quoting` is false). */
function quoting(article: string, sentences: string[], quotes: boolean): StatementSource {
  const read = source(article, 2, sentences);
  if (!quotes) return read;
  return { ...read, quoted: read.sentences.map((s) => ({ start: s.start + 1, end: s.start + s.text.lastIndexOf("”") })) };
}

/** How many groups the story merge makes of the pair of groups {a, b} and {b, c}. */
function mergedCount(quotes: boolean): number {
  const statements = readStatements([source("a-1", 1, [closes]), quoting("b-1", [closesToo, costs], quotes), source("c-1", 3, [costsToo])]);
  const at = (article: string, text: string) => statements.findIndex((s) => s.article === article && s.span.text === text);
  const groups = [groupOf([at("a-1", closes), at("b-1", closesToo)], statements), groupOf([at("b-1", costs), at("c-1", costsToo)], statements)];
  return mergeStoryGroups(groups, statements).length;
}

describe("an article two groups share", () => {
  it("that only quotes a speaker in both does not make them one claim", () => {
    expect(mergedCount(true)).toBe(2);
  });
  it("that tells them in its own words does", () => {
    expect(mergedCount(false)).toBe(1);
  });
});
