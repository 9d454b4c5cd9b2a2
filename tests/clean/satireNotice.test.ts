// A pasted satire story keeps its site's notice as its last paragraph. Read only from a saved page's furniture, the
// notice was ignored once the story ran a few paragraphs, and a probe case's satire site was named as a true origin.
import { describe, expect, it } from "vitest";
import { ownSatireNotice } from "../../src/clean/satireNotice.ts";
import { cleanArticle } from "../../src/clean/clean.ts";
import { declaresSatire, SATIRE_NOTICE_WORDS } from "../../src/core/satireNotices/index.ts";

describe("a text's own satire notice", () => {
  it.each([
    ["The Weekly Quip is a satirical publication. All stories are fiction.", "The Weekly Quip is a satirical publication."],
    ["All stories on this site are satire and should not be taken seriously.", "All stories on this site are satire and should not be taken seriously."],
    ["This website is a parody news site.", "This website is a parody news site."],
  ])("is read when it speaks of the article's own site: %j", (paragraph, notice) => {
    expect(ownSatireNotice([paragraph], "The Weekly Quip")).toBe(notice);
  });

  it.each([
    "The Weekly Quip is a satirical publication, which the blog failed to mention.",
    'Its footer reads: "All stories are fiction."',
    "The Harbour Herald is a satirical site, the fact-checkers found.",
    "We are not a satirical site, whatever our critics say.",
  ])("is not read from a sentence about another site, a quoted footer or a denial: %j", (paragraph) => {
    expect(ownSatireNotice([paragraph], "Quill Check")).toBeUndefined();
  });

  it("reaches a cleaned article's meta from its last paragraph, however long the story", () => {
    const story = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} of the story tells how the town council voted to paint the harbour lighthouse purple for the festival.`).join("\n\n");
    const text = `${story}\n\nThe Weekly Quip is a satirical publication. All stories are fiction.\n`;
    const clean = cleanArticle({ meta: { id: "q", file: "q.txt", format: "text", outlet: "The Weekly Quip" }, text });
    expect(clean.meta.satireNotice).toBe("The Weekly Quip is a satirical publication.");
  });
});

// Every language's notice shapes are data (src/core/satireNotices); a Spanish satire site's "es un sitio de humor.
// Todas sus notas son ficticias." was read as news, the English shapes alone being tried.
describe("each language's satire notice shapes", () => {
  const cases = SATIRE_NOTICE_WORDS.flatMap((w) => w.examples.map((e) => [w.language, e] as const));
  it.each(cases)("%s: %j is the site's own notice", (_language, example) => {
    expect(ownSatireNotice([example], "The Weekly Quip")).toBe(example);
  });
  const negatives = SATIRE_NOTICE_WORDS.flatMap((w) => w.notNotices.map((e) => [w.language, e] as const));
  it.each(negatives)("%s: %j declares nothing of the site's own", (_language, sentence) => {
    expect(ownSatireNotice([sentence], "The Weekly Quip")).toBeUndefined();
  });
  it("reads a notice the page's furniture carries in Italian or German", () => {
    expect(declaresSatire("Il Corriere Buffo è un sito satirico")).toBe(true);
    expect(declaresSatire("Der Lustige Bote ist eine Satireseite")).toBe(true);
    expect(declaresSatire("Il sindaco è un uomo serio")).toBe(false);
  });
});
