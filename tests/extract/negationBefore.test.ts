// One reading of a negation before a speech verb or an attribution frame (extract/negation.ts): who did not say speaks
// not, what was not reported by an outlet cites it not, and an adding negation ("not only", "no solo") denies nothing.
// Own invented texts.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { framesFor } from "../../src/extract/frames/index.ts";
import { ADDING_NEGATIONS, negationBefore } from "../../src/extract/negation.ts";
import { readPlain, readText, sourceLabels } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Reuters", aliases: [], descriptors: [], domains: [], kind: "agency" }]);
const cited = (body: string, language: string): string[] => readText(body, registry, { outlet: "Test Daily", language }).attributions.map((a) => a.outletName);
const speakers = (body: string, language: string): string[] => sourceLabels(readPlain(body, language));

/** Whether the words read as a negation of whatever follows them, anywhere among the last words or right before it. */
const negates = (words: string, language: string): boolean[] =>
  (["clause", "verb"] as const).map((reach) => negationBefore(`${words} `, 0, words.length + 1, framesFor(language), reach));

describe("an adding negation of each language", () => {
  const rows = Object.entries(ADDING_NEGATIONS).flatMap(([language, phrases]) => phrases.map((p) => [language, p] as const));
  it.each(rows)("(%s) %j denies nothing, its negation alone does", (language, phrase) => {
    // A contracted "n't only" is written onto its auxiliary.
    const words = /^n['’]/u.test(phrase) ? `did${phrase}` : phrase;
    const negation = words.split(" ")[0] as string;
    expect(negates(words, language)).toEqual([false, false]);
    expect(negates(negation, language)).toEqual([true, true]);
  });
});

describe("a negation before an attribution frame", () => {
  it.each([
    ["en", "The rumour was never reported by Reuters."],
    ["es", "El rumor no fue publicado por Reuters."],
    ["pt", "A notícia não foi publicada pela Reuters."],
    ["it", "La notizia non è stata riportata da Reuters."],
    ["fr", "La rumeur n'a pas été rapportée par Reuters."],
  ])("cites no outlet (%s): %s", (language, body) => {
    expect(cited(body, language)).toEqual([]);
  });

  it.each([
    ["en", "The rumour was not only reported by Reuters."],
    ["es", "El rumor no solo fue publicado por Reuters."],
    ["pt", "A notícia não só foi publicada pela Reuters."],
    ["fr", "La rumeur n'a pas seulement été rapportée par Reuters."],
  ])("that adds still cites it (%s): %s", (language, body) => {
    expect(cited(body, language)).toEqual(["Reuters"]);
  });
});

describe("a negation before a speech verb", () => {
  it.each([
    ["en", "Police did not say the crew was safe."],
    ["es", "Las autoridades no confirmaron que la tripulación estaba a salvo."],
    ["pt", "As autoridades não confirmaram que a tripulação estava a salvo."],
  ])("leaves its subject no source (%s): %s", (language, body) => {
    expect(speakers(body, language)).toEqual([]);
  });

  it.each([
    ["es", "Las autoridades no solo confirmaron que la tripulación estaba a salvo."],
    ["pt", "As autoridades não só confirmaram que a tripulação estava a salvo."],
  ])("that adds leaves it speaking (%s): %s", (language, body) => {
    expect(speakers(body, language).length).toBe(1);
  });
});
