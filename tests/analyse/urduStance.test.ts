// Urdu stance words on sentences of our own (invented places and people): a debunk in Urdu ("فیک نیوز", "جھوٹی خبر",
// "من گھڑت", "تردید") reports the story false; a plain report states it.
import { describe, expect, it } from "vitest";
import { debunkCues, readStance, type StanceArticle } from "../../src/analyse/stance.ts";

/** One article of the given sentences, the claim stated by the first. */
function firstStated(language: string, sentences: string[]) {
  let offset = 0;
  const spans = sentences.map((text) => {
    const span = { start: offset, end: offset + text.length, text };
    offset += text.length + 1;
    return span;
  });
  const article: StanceArticle = { language, sentences: spans };
  return readStance(article, { debunk: false, negated: false, statements: [spans[0] as never] });
}

describe("Urdu debunk words", () => {
  it.each([
    ["وزیر نادر قلی نے کہا کہ ساحل اخبار کی رپورٹ فیک نیوز ہے۔", "فیک نیوز"],
    ["ترجمان کے مطابق پل گرنے کی خبر جھوٹی ہے۔", "جھوٹی"],
    ["پولیس نے اس دعوے کو من گھڑت قرار دیا۔", "من گھڑت"],
    ["وزارت نے خبر کی تردید کر دی۔", "تردید"],
  ])("reads a debunk in: %s", (sentence, cue) => {
    expect(debunkCues(sentence, "ur").map((h) => h.text)).toContain(cue);
  });

  it("finds no debunk word in a plain sentence", () => {
    expect(debunkCues("میئر نے منگل کو استعفیٰ دے دیا۔", "ur")).toEqual([]);
  });

  it("reads a story stated beside a debunk word as reported false", () => {
    expect(firstStated("ur", ["دریا پور کے 20 کونسلر پارٹی چھوڑ گئے ہیں۔", "وزیر نادر قلی نے کہا کہ یہ خبر فیک نیوز ہے۔"]).stance).toBe("false");
  });

  it("reads a plain report as stating the story", () => {
    expect(firstStated("ur", ["دریا پور کے 20 کونسلر پارٹی چھوڑ گئے ہیں۔"]).stance).toBe("true");
  });
});
