// "…, The News reported", "according to The Herald": an article written with its capital inside a sentence before one
// outlet word written with a capital marks a title, the name of a paper several outlets may share. Before: the article was
// cleaned off and the one word left ("News") was a generic noun. At a sentence's start, and before a word that is no
// outlet word ("The Vatican", "The Mayor"), the capital tells nothing. Own invented texts; no registry.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (body: string) => readPlain(body, "en").attributions.map((a) => a.outletName);

describe("a one-word title after an article written with its capital", () => {
  it.each([
    ["The ferry will not sail, according to The Herald.", "The Herald"],
    ["The ferry will not sail, The News reported.", "The News"],
    ["The ferry will not sail, The Tribune reported on Monday.", "The Tribune"],
    ["The News reported that the ferry will not sail.", "The News"],
  ])("is an outlet, under its article: %s", (body, outlet) => {
    expect(cited(body)).toEqual([outlet]);
  });

  it.each([
    "The news reported that the ferry will not sail.",
    "The News Reported The Ferry Will Not Sail",
    "The ferry will not sail, the news reported.",
    "The ferry will not sail, according to The Mayor.",
    "The notice was issued by The Vatican on Monday.",
  ])("names no outlet in small letters, in a Title Case line, or for a role or a body: %s", (body) => {
    expect(cited(body)).toEqual([]);
  });
});
