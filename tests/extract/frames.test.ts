// Every attribution frame of every language matches its own example and yields the name it documents (frames are data: each entry tested).
import { describe, expect, it } from "vitest";
import { expandRule, frameRuleMatches } from "../../src/extract/attributions.ts";
import { LANGUAGES } from "../../src/extract/frames/index.ts";
import { compile } from "../../src/extract/names.ts";

const rows = LANGUAGES.flatMap((lang) => lang.frames.map((rule) => ({ lang, rule, id: rule.id })));

describe("attribution frames", () => {
  it.each(rows)("$id matches its example", ({ lang, rule }) => {
    const m = expandRule(rule, lang).exec(rule.example);
    expect(m?.groups?.name?.replace(/^(?:the|The)\s+/, "")).toBe(rule.expect.replace(/^(?:the|The)\s+/, ""));
  });

  it.each([
    ["en.according_to", "according to Iraqi officials, the border is closed."],
    ["en.told", "he told reporters on Monday."],
    ["en.citing", "citing US intelligence, that 1,000 fighters had moved."],
  ])("%s does not take a plain noun phrase for a name: %s", (id, text) => {
    const lang = LANGUAGES[0]!;
    const rule = lang.frames.find((f) => f.id === id)!;
    expect(expandRule(rule, lang).exec(text)?.groups?.name).toBeUndefined();
  });
});

describe("photo credits", () => {
  it.each(LANGUAGES.flatMap((l) => l.photoCredits.map((p) => ({ language: l.language, p }))))("$language credit pattern compiles and is not empty: $p", ({ p }) => {
    expect(new RegExp(p, "u").source.length).toBeGreaterThan(3);
  });
  it.each([
    ["en", "Photo: AFP / Al-Furqan Media"],
    ["en", "Picture: AFP"],
    ["fr", "Photo : Reuters"],
    ["ar", "صورة: رويترز"],
  ])("%s reads '%s' as a credit", (language, text) => {
    const lang = compile(LANGUAGES.find((l) => l.language === language)!);
    expect(lang.photoCredit.some((re) => new RegExp(re.source, "u").test(text))).toBe(true);
  });
});

describe("frames that open with the name", () => {
  // matchFrames tries such a rule only where a name can start (sticky), not over the whole sentence: the same matches.
  const texts = (lang: (typeof LANGUAGES)[number]) => {
    const examples = lang.frames.map((f) => f.example);
    return [
      ...examples,
      ...examples.map((e) => e.replace(/^(\s*)(\p{Lu})/u, (_m, s: string, c: string) => s + c.toLowerCase())),
      // Quotations are blanked in the masked text: long runs of spaces between the words.
      examples.join(`${" ".repeat(120)}, `),
      `${" ".repeat(40)}the Harbour Courier reported that Ines Varga, an editor,${" ".repeat(60)}told the Valley Post 😀 Ledger said`,
      "",
    ];
  };
  const cases = LANGUAGES.flatMap((lang) => lang.frames.filter((f) => f.pattern.startsWith("{SRC}")).map((rule) => ({ lang, rule, id: rule.id })));

  it("covers several languages", () => {
    expect(new Set(cases.map((c) => c.lang.language)).size).toBeGreaterThan(3);
  });

  it.each(cases)("$id: the same matches as a scan of its expression", ({ lang, rule }) => {
    const shape = (m: RegExpExecArray) => ({ index: m.index, text: m[0], groups: { ...m.groups }, indices: m.indices?.groups ? { ...m.indices.groups } : undefined });
    for (const text of texts(lang)) {
      const scanned = [...text.matchAll(expandRule(rule, lang))].map(shape);
      expect(frameRuleMatches(text, rule, lang).map(shape)).toEqual(scanned);
    }
  });
});
