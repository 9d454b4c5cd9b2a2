/** Folding for comparison: every transliteration rule and typographic variant compares equal, and distinct words stay distinct. */
import { describe, expect, it } from "vitest";
import { SPELLING_FOLDS } from "../../src/align/folding.ts";
import { ARTICLE_PREFIXES } from "../../src/core/arabicArticles.ts";
import { foldWord, isStopWord, tokenize, tokenNorms, WordMatches } from "../../src/align/tokens.ts";

const norms = (text: string) => tokenize(text).map((t) => t.norm);

describe("tokenize", () => {
  it.each([
    ["case", "The Homs Desert", "the homs desert"],
    ["curly and straight apostrophes", "they\u2019d gotten", "they'd gotten"],
    ["curly and straight quotes", "\u201Cjust some bedouins\u201D", '"Just some Bedouins"'],
    ["punctuation", "Mosul. And they", "Mosul, and they"],
    ["accents", "Aleppo's caf\u00E9", "Aleppo's cafe"],
    ["number separators", "1,000 fighters", "1000 fighters"],
    ["al- prefix and ou/u", "al-Baghuz", "Baghouz"],
    ["doubled letters", "Mohammed", "Mohamed"],
  ])("folds %s", (_name, a, b) => {
    expect(norms(a)).toEqual(norms(b));
  });

  it.each([
    ["different words", "the Badia", "the Homs"],
    ["different numbers", "1,000 fighters", "10,000 fighters"],
    ["an English word before a hyphen", "at-risk", "risk"],
  ])("keeps %s apart", (_name, a, b) => {
    expect(norms(a)).not.toEqual(norms(b));
  });

  it("gives offsets into the original text", () => {
    const text = "He said: \u201Cal-Baghuz fell.\u201D";
    const t = tokenize(text);
    expect(t.map((x) => text.slice(x.start, x.end))).toEqual(["He", "said", "Baghuz", "fell"]);
  });
});

describe("folding data", () => {
  it.each(ARTICLE_PREFIXES.map((p) => [p.prefix, p.when] as const))("drops the prefix %s- before a capitalised name (%s)", (prefix) => {
    expect(norms(`${prefix}-Raqqa`)).toEqual(norms("Raqqa"));
  });
  it.each(ARTICLE_PREFIXES.filter((p) => p.when === "capital").map((p) => [p.prefix] as const))("keeps %s- before a lower-case word", (prefix) => {
    expect(norms(`${prefix}-home`)).toEqual([prefix, "home"]);
  });
  it.each(SPELLING_FOLDS.map((f) => [f.example[0], f.example[1]] as const))("folds %s and %s alike", (a, b) => {
    expect(foldWord(a)).toBe(foldWord(b));
  });
  it.each(["the", "and", "said", "of"])("treats %s as a stop word", (w) => {
    expect(isStopWord(foldWord(w))).toBe(true);
  });
  it.each(["desert", "weapons", "baghdadi"])("treats %s as content", (w) => {
    expect(isStopWord(foldWord(w))).toBe(false);
  });
});

describe("WordMatches.spanNorms", () => {
  const TEXTS = [
    "Troops near al-Baghuz and ar-Raqqa said 1,000 fighters, 2.5 per cent. At-risk towns (al- prefix) were they\u2019d named.",
    "The at-Tanf base. An al-\nQaida cell; el-Sisi\u2011era laws \u2010 al-",
    "Numbers 3.14, 10,000.5 and 7. Then al-Amin.",
    "",
  ];

  it("gives, wherever it answers, the words tokenNorms reads from the span alone", () => {
    let answered = 0;
    for (const text of TEXTS) {
      const matches = new WordMatches(text);
      for (let start = 0; start <= text.length; start++)
        for (let end = start; end <= text.length; end++) {
          const cut = matches.spanNorms(start, end);
          if (cut === undefined) continue;
          answered++;
          expect(cut, `${JSON.stringify(text)} [${start}, ${end})`).toEqual(tokenNorms(text.slice(start, end)));
        }
    }
    // Spans with clean edges are answered from the matches (the point of it), not all left to the plain reading.
    expect(answered).toBeGreaterThan(1000);
  });

  it("gives the text's tokens as tokenize does", () => {
    for (const text of TEXTS) expect(new WordMatches(text).tokens()).toEqual(tokenize(text));
  });

  it("answers a sentence that starts and ends between words", () => {
    const text = "First one here. Second al-Baghuz sentence, 1,000 words. Third.";
    const start = text.indexOf("Second");
    const end = text.indexOf(" Third");
    expect(new WordMatches(text).spanNorms(start, end)).toEqual(tokenNorms(text.slice(start, end)));
  });
});
