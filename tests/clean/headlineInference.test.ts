// A page with no title in its metadata takes its headline from the lines before the first paragraph, the longest of
// them: a picture's caption ending in its credit, a byline/date line of fields between bars, or a breadcrumb won over
// the headline, and became the article's title.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/clean.ts";
import type { RawArticle } from "../../src/ingest/types.ts";

const raw = (text: string): RawArticle => ({ meta: { id: "t", file: "t.txt", format: "text" }, text });

const HEADLINE = "Seal pup naps on Port Wenlow lifeboat";
const STORY = "A seal pup was found asleep on the deck of the Port Wenlow lifeboat on Sunday morning, the crew said, and was returned to the water by wardens.";

describe("the headline of a page without a title", () => {
  it.each([
    ["a caption with its credit in brackets", "Seal pup asleep on the lifeboat deck. (Instagram/@wenlow_waves)"],
    ["a caption with a photo credit in brackets", "Seal pup asleep on the lifeboat deck (Dok. Wenlow Tide)"],
    ["a byline and date line between bars", "By the news desk | 6 June 2026, 10:15 | Last updated: 6 June 2026, 11:02"],
    ["a breadcrumb", "Home > Nature and wildlife > Coasts and harbours"],
  ])("is not %s", (_name, line) => {
    const clean = cleanArticle(raw(`${HEADLINE}\n${line}\n${STORY}`));
    expect(clean.meta.title).toBe(HEADLINE);
  });

  it("is still the longest line when nothing else is furniture", () => {
    const clean = cleanArticle(raw(`Wildlife\n${HEADLINE}\n${STORY}`));
    expect(clean.meta.title).toBe(HEADLINE);
  });
});
