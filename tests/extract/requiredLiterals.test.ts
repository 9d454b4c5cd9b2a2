// The literals a regular expression cannot match without: what they are on small expressions, and that a text holding
// none of a frame rule's literals never holds a match of it (random texts made of the rules' own words and names).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandRule, ruleLiterals } from "../../src/extract/attributions.ts";
import { LANGUAGES } from "../../src/extract/frames/index.ts";
import { LiteralIndex, mayMatch, requiredLiterals } from "../../src/extract/requiredLiterals.ts";
import { allMatches } from "../../src/core/text.ts";

const sorted = (source: string, flags = "gu") => requiredLiterals(source, flags)?.sort();

describe("requiredLiterals", () => {
  it("reads literals, alternatives, short classes and optional characters", () => {
    expect(sorted("abc")).toEqual(["abc"]);
    expect(sorted("(?:told|tells)\\s+X")).toEqual(["tells", "told"]);
    expect(sorted("[Aa]s\\s+")).toEqual(["As", "as"]);
    expect(sorted("reports?\\b")).toEqual(["report", "reports"]);
    expect(sorted("(?<name>\\p{Lu}\\p{L}+)\\s+(?:said|says)")).toEqual(["said", "says"]);
  });

  it("joins literals across assertions, which consume nothing, and skips what lookarounds hold", () => {
    expect(sorted("(?<![\\p{L}])via(?=\\s)")).toEqual(["via"]);
    expect(sorted("(?<!first\\s)published")).toEqual(["published"]);
    expect(sorted("^ab\\bcd$")).toEqual(["abcd"]);
  });

  it("takes the most selective requirement of a sequence", () => {
    expect(sorted("a\\s+according")).toEqual(["according"]);
    expect(sorted("(?:x|yy)\\d+(?:report|story)")).toEqual(["report", "story"]);
  });

  it("knows nothing where a match needs no literal", () => {
    expect(requiredLiterals("\\p{Lu}\\p{L}*", "gu")).toBeUndefined();
    expect(requiredLiterals("(?:said|\\s)", "gu")).toBeUndefined();
    expect(requiredLiterals("(?:said)?", "gu")).toBeUndefined();
    expect(requiredLiterals("a|", "gu")).toBeUndefined();
    expect(requiredLiterals("[a-z]+", "gu")).toBeUndefined();
    expect(requiredLiterals("[^x]", "gu")).toBeUndefined();
    expect(requiredLiterals("(a)\\1", "gu")).toEqual(["a"]);
  });

  it("leaves alone expressions with the i flag or without u", () => {
    expect(requiredLiterals("said", "gi")).toBeUndefined();
    expect(requiredLiterals("said", "giu")).toBeUndefined();
    expect(requiredLiterals("said", "g")).toBeUndefined();
  });

  it("reads escapes as the characters they stand for", () => {
    expect(sorted("a\\.b\\u2011c\\x41\\u{1F600}")).toEqual(["a.b\u2011cA\u{1F600}"]);
    expect(sorted("[\\-\\u2011]x")).toEqual(["-x", "\u2011x"]);
  });

  const rules = LANGUAGES.flatMap((lang) =>
    lang.frames.map((rule) => {
      const re = expandRule(rule, lang);
      // As matchFrames reads them: from the pattern, each macro one unknown character.
      return { rule, re, literals: ruleLiterals(rule) };
    }),
  );

  it("names literals for every frame rule, the same as from its expanded expression, and each rule's example holds one", () => {
    for (const { rule, re, literals } of rules) {
      expect(literals?.sort(), rule.id).toEqual(requiredLiterals(re.source, re.flags)?.sort());
      expect(literals, rule.id).toBeDefined();
      expect(mayMatch(rule.example, literals), rule.id).toBe(true);
    }
  });

  it("never rules out a text that holds a match (random texts of the rules' words, names and punctuation)", () => {
    const words = [...new Set(rules.flatMap(({ rule }) => rule.example.split(/\s+/)))];
    const pieces = [...words, "the", "The", "a", "report", "Reuters", "said", ",", ".", "«", "»", "“", "”", "'s", "’s", "(via", ")", "h/t", ":", "-"];
    const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 14 }).map((ws) => ws.join(" "));
    fc.assert(
      fc.property(text, fc.nat(rules.length - 1), (t, k) => {
        const { re, literals } = rules[k]!;
        return mayMatch(t, literals) || allMatches(re, t).length === 0;
      }),
      { numRuns: 1000 },
    );
  });
});

describe("LiteralIndex", () => {
  // Every frame rule's literals, as matchFrames indexes them, per language; and literals that overlap each other.
  const sets = [
    ...LANGUAGES.map((lang) => lang.frames.map((rule) => ruleLiterals(rule))),
    [["he", "she", "his", "hers"], ["a"], undefined, ["aab", "ab", "b"], ["abcd", "bc", "c"], ["d’après", "d'après"], ["🙂x", "x"], ["ana", "nana", "banana"]],
  ];
  /** What the index stands for: an expression is a candidate when the text includes one of its literals, or has none. */
  const naive = (literals: readonly (readonly string[] | undefined)[], text: string) => Uint8Array.from(literals, (l) => (l === undefined || l.some((x) => text.includes(x)) ? 1 : 0));

  it("finds the same candidates as a search for each literal (random texts of the literals' pieces)", () => {
    for (const literals of sets) {
      const index = new LiteralIndex();
      for (const l of literals) index.add(l);
      const pieces = [...new Set(literals.flatMap((l) => l ?? []).flatMap((l) => [l, l.slice(0, 2), l.slice(1), l.slice(-3)]))].filter((p) => p.length > 0);
      const text = fc.array(fc.oneof(fc.constantFrom(...pieces, " ", ", ", "’", "🙂"), fc.string({ maxLength: 3 })), { maxLength: 20 }).map((ps) => ps.join(""));
      fc.assert(
        fc.property(text, (t) => {
          expect(index.candidates(t)).toEqual(naive(literals, t));
        }),
        { numRuns: 300 },
      );
    }
  });
});
