import { describe, expect, it } from "vitest";
import nlp, { isKnownGivenName, namesAPerson, termTags } from "../../src/core/nlp.ts";
// The reading stage's tagging (its fast sweep installed), as in every analysis.
import "../../src/extract/sentences.ts";

/** Invented names, words and short phrases of the kinds the speaker and citation readers ask about. */
const TEXTS = [
  "Marta Quell",
  "Oskar Brandvik",
  "Mayor Ilse Varga",
  "Tessaly Gazette",
  "the Harrowgate Post",
  "Greenfield Council",
  "Anna",
  "Brandvik",
  "funny",
  "smith",
  "walked",
  "residents",
  "Ferrymen",
  "Dr Ilse Varga, a harbour engineer",
  "Quell's dog barked. Then Oskar left.",
  "don't",
];

const stockTags = (text: string) => (nlp(text).terms().json() as { terms: { tags: string[] }[] }[]).map((t) => [...(t.terms[0]?.tags ?? [])].sort());

describe("compromise's tags of short texts, read with the reading's tagging steps", () => {
  it.each(TEXTS)("gives nlp(text)'s tags and people for %j", (text) => {
    expect(termTags(text).map((tags) => [...tags].sort())).toEqual(stockTags(text));
    expect(namesAPerson(text)).toBe(nlp(text).people().found);
    expect(isKnownGivenName(text)).toBe(stockTags(text)[0]?.includes("FirstName") ?? false);
  });

  it("tags a text asked about again only once", () => {
    const first = termTags("Liesel Ormond");
    expect(termTags("Liesel Ormond")).toBe(first);
    expect(termTags("Liesel Ormonds")).not.toBe(first);
  });
});
