// Sentences, verbs and people of a body: the same as compromise's own parse of each paragraph, whether read afresh or
// from the memos of paragraphs and sentences already tagged; the memos stay within their bounds.
import fc from "fast-check";
import nlp from "../../src/core/nlp.ts";
import { describe, expect, it } from "vitest";
import { analyseSentences, sentenceMemo, TextMemo } from "../../src/extract/sentences.ts";
import { paragraphSpans } from "./helpers.ts";

/** The verbs and people compromise's `nlp(paragraph).json()` gives, as the reading stage read them before the memo. */
function fromJson(paragraph: string): { verbs: string[]; people: string[] } {
  type Json = { terms: { text: string; normal: string; tags: string[] }[] };
  const verbs: string[] = [];
  const people: string[] = [];
  let person: string[] = [];
  const flush = () => {
    if (person.length > 0) people.push(person.join(" ").replace(/[.,;:'’]+$/, ""));
    person = [];
  };
  for (const s of nlp(paragraph).json({ offset: true, terms: { offset: true } }) as Json[]) {
    for (const t of s.terms) {
      if (t.tags.includes("Person")) person.push(t.text);
      else flush();
      if (t.tags.includes("Verb") && !t.tags.some((g) => ["Auxiliary", "Copula", "Modal"].includes(g))) verbs.push(t.normal);
    }
  }
  flush();
  return { verbs, people };
}

const PARAGRAPHS = [
  "“We will reopen the quay in May,” said Marta Keller, the harbour master. The council has not yet voted.",
  "Dr. Ilse Varga, who runs the clinic, told reporters it had treated 40 people. She declined to name them.",
  "The ferry company said on Tuesday that it would add two boats (one of them leased) before the summer.",
];

describe("analyseSentences", () => {
  it("gives each paragraph's verbs and people as compromise tags them", () => {
    const body = PARAGRAPHS.join("\n\n");
    const r = analyseSentences(body, paragraphSpans(body), "en");
    const expected = PARAGRAPHS.map(fromJson);
    expect(r.verbs.flat()).toEqual(expected.flatMap((e) => e.verbs));
    expect(r.people).toEqual(expected.flatMap((e) => e.people));
    expect(r.sentences.map((s) => s.text)).toContain("She declined to name them.");
  });

  it("ends a sentence whose end mark sits inside its closing quotation mark, before a capital", () => {
    const body = 'The mayor said, "We will close the bridge." She did not say when. He said "Go." and left. « Nous fermerons le pont. » Il est parti.';
    const r = analyseSentences(body, paragraphSpans(body), "en");
    expect(r.sentences.map((s) => s.text)).toEqual(['The mayor said, "We will close the bridge."', "She did not say when.", 'He said "Go." and left.', "« Nous fermerons le pont. »", "Il est parti."]);
  });

  it("reads a paragraph met before (a reprint) exactly as the first time, at its own offsets", () => {
    const first = PARAGRAPHS.join("\n\n");
    const reprint = `A short line of our own.\n\n${PARAGRAPHS[1]}\n\n${PARAGRAPHS[0]}`;
    const a = analyseSentences(first, paragraphSpans(first), "en");
    const b = analyseSentences(reprint, paragraphSpans(reprint), "en");
    const again = analyseSentences(first, paragraphSpans(first), "en");
    expect(again).toEqual(a);
    const shared = (r: typeof a) => r.sentences.map((s, i) => ({ text: s.text, verbs: r.verbs[i] })).filter((s) => !s.text.startsWith("A short line") && !s.text.startsWith("The ferry"));
    expect(shared(b).sort((x, y) => x.text.localeCompare(y.text))).toEqual(shared(a).sort((x, y) => x.text.localeCompare(y.text)));
    for (const s of b.sentences) expect(reprint.slice(s.start, s.end)).toBe(s.text);
  });
});

/** Sentences of our own with what compromise's tagger reacts to: names, titles, quotations, contractions, abbreviations, numbers. */
const SENTENCES = [
  "Marta Keller said the quay would reopen in May.",
  "“We will not sell the ferry,” the harbour master told reporters.",
  "Dr. Ilse Varga runs the clinic.",
  "She declined to name the patients.",
  "The council hasn't voted yet, and it won't before June.",
  "According to the Valley Courier, Mayor Tom Reyes was in Lisbon on Friday.",
  "Officials confirmed that 2,500 tickets were sold in an hour!",
  "Is the bridge safe?",
  "Jan de Vries, a spokesman, denied the report.",
  "It rained.",
  "Sources close to the minister said he would resign; he did not comment.",
  "The company (one of three bidders) plans to build 40 homes by 2027.",
  "Peter Olsen.",
  "Anna Berg wrote in a letter that the plant would close.",
];

describe("analyseSentences, sentence by sentence", () => {
  it("reads random paragraphs of known and new sentences as compromise reads each paragraph whole", () => {
    // Paragraphs mixing sentences met before in other paragraphs (their tags kept) with new ones, in any order.
    const paragraph = fc
      .tuple(fc.array(fc.nat({ max: SENTENCES.length - 1 }), { minLength: 1, maxLength: 5 }), fc.constantFrom(" ", "  "), fc.nat({ max: 9999 }))
      .map(([picks, gap, n]) => picks.map((i, k) => (k === 2 ? `Report ${n} on ${SENTENCES[i]}` : SENTENCES[i])).join(gap));
    fc.assert(
      fc.property(paragraph, (text) => {
        const r = analyseSentences(text, [{ start: 0, end: text.length }], "en");
        const expected = fromJson(text);
        expect(r.verbs.flat()).toEqual(expected.verbs);
        expect(r.people).toEqual(expected.people);
        expect(r.sentences.length).toBe((nlp(text).json() as unknown[]).length);
      }),
      { seed: 13, numRuns: 400 },
    );
    // The run did use tags kept from earlier paragraphs.
    expect(sentenceMemo.size.entries).toBeGreaterThan(0);
  });
});

describe("TextMemo", () => {
  it("computes a text once while it is kept, and keeps within its number of texts and characters", () => {
    const memo = new TextMemo<number>(3, 12);
    let computed = 0;
    const length = (t: string) => {
      computed++;
      return t.length;
    };
    expect(memo.get("abcd", length)).toBe(4);
    expect(memo.get("abcd", length)).toBe(4);
    expect(computed).toBe(1);
    for (const t of ["e", "fg", "hij", "klmn"]) memo.get(t, length);
    expect(memo.size.entries).toBeLessThanOrEqual(3);
    expect(memo.size.chars).toBeLessThanOrEqual(12);
    // The least recently used went first: "abcd" and "e" are gone, "klmn" is kept.
    memo.get("klmn", length);
    expect(computed).toBe(5);
    memo.get("abcd", length);
    expect(computed).toBe(6);
  });
});

describe("a fact-check's verdict label", () => {
  const split = (body: string, language: string) => analyseSentences(body, [{ start: 0, end: body.length }], language).sentences.map((s) => s.text);
  it.each([
    ["[FALSE] A post claims the harbour ferry will stop in March. It will not.", "en", "[FALSE]"],
    ["[HOAKS] Beredar pesan bahwa jembatan Selatan akan ditutup.", "id", "[HOAKS]"],
    ["【誤り】港のフェリーが三月に止まるという投稿が広がった。", "ja", "【誤り】"],
  ])("opening a paragraph is a sentence of its own: %s", (body, language, label) => {
    const sentences = split(body, language);
    expect(sentences[0]).toBe(label);
    expect(sentences[1]?.startsWith(label)).toBe(false);
  });
  it("is not any bracket at a paragraph's start", () => {
    expect(split("[Updated at noon] The harbour ferry will stop in March.", "en")[0]).toBe("[Updated at noon] The harbour ferry will stop in March.");
  });
});
