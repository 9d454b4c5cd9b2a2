// A credit standing in a sentence of its own credits the sentence before it ("That is what X reports.", "Det
// rapporterar X.", "Das berichtet X."): the reading's attribution names that sentence as what is credited. A credit
// that opens its own claim ("Das Blatt berichtet, dass …", "X reports that …") keeps its own sentence.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/extract/read.ts";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { creditsSentenceBefore } from "../../src/extract/names.ts";
import { framesFor } from "../../src/extract/frames/index.ts";

/** Whether the credit `credit` in the one-sentence text `text` points back at a sentence before. */
function pointsBack(text: string, credit: string, language: string): boolean {
  const start = text.indexOf(credit);
  return creditsSentenceBefore(text, { start: 0, end: text.length }, { start, end: start + credit.length }, framesFor(language));
}

describe("a credit in a sentence of its own", () => {
  it("points back in English, Swedish, German, Danish and Norwegian", () => {
    expect(pointsBack("That is what the local site The Quill reports.", "The Quill reports", "en")).toBe(true);
    expect(pointsBack("Det rapporterar sajten The Quill.", "rapporterar sajten The Quill", "sv")).toBe(true);
    expect(pointsBack("Das berichtet die Zeitung Quill am Montag.", "die Zeitung Quill", "de")).toBe(true);
    expect(pointsBack("Det skriver avisen Quill.", "avisen Quill", "da")).toBe(true);
    expect(pointsBack("Det skriver nettstedet Quill.", "nettstedet Quill", "no")).toBe(true);
  });
  it("not where the sentence opens on a subject or says what follows", () => {
    expect(pointsBack("Das Blatt Quill berichtet am Montag.", "Quill berichtet", "de")).toBe(false);
    expect(pointsBack("Das berichtet die Zeitung Quill, die zudem meldet, dass die Brücke schließt.", "die Zeitung Quill", "de")).toBe(false);
    expect(pointsBack("The Quill reports that the bridge will close.", "The Quill reports", "en")).toBe(false);
    expect(pointsBack("So many people came that the site The Quill reports a record.", "The Quill reports", "en")).toBe(false);
  });
  it("gives the attribution the sentence before as what it credits", () => {
    const body = "A glass of pickle juice each morning adds 12 years to life, doctors have found.\n\nThat is what the website The Pickled Post reports.";
    const registry = createOutletRegistry([{ name: "The Pickled Post", aliases: [], domains: [] } as never]);
    const reading = readArticle({ meta: { id: "a", outlet: "Morning Ledger", language: "en" }, body, paragraphs: [{ start: 0, end: 79 }, { start: 81, end: body.length }], creditLines: [], kept: [], removed: [] } as never, registry);
    const credit = reading.attributions.find((a) => a.outletName === "The Pickled Post");
    expect(credit?.sentence.text).toBe("A glass of pickle juice each morning adds 12 years to life, doctors have found.");
  });
});
