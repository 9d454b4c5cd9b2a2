/** Short quotations the passage aligner cannot see, matched by their words: one speaker's reworded statement, and a changed wording of a short quotation whose printing names no speaker (small invented articles). */
import { describe, expect, it } from "vitest";
import { analyseReuse } from "../../src/align/index.ts";
import { pairsSharingWords } from "../../src/align/speakerQuotes.ts";
import { FILLER, article, body } from "./fixtures.ts";
import { handReading } from "./readings.ts";

const BERG = { sources: [{ name: "Anna Berg", type: "named" as const, names: ["Anna Berg"] }] };

function quoteRelations(articles: ReturnType<typeof article>[], hand: Record<string, typeof BERG | undefined>) {
  const readings = articles.map((a) => handReading(a, hand[a.meta.id]));
  return analyseReuse(articles, readings)
    .relations.filter((r) => r.kind !== "copies")
    .map((r) => ({ kind: r.kind, from: r.from, to: r.to, rule: r.rule }));
}

describe("short quotations matched by their words", () => {
  it("reads one speaker's short statement with a word changed as an altered quotation", () => {
    const rs = quoteRelations(
      [
        article("early", "Valley Post", "2021-03-01", body(FILLER[0]!, "“The ferry pier opens again on Friday morning,” Anna Berg said.")),
        article("later", "Quillon Gazette", "2021-03-04", body(FILLER[1]!, "“The ferry pier opens again on Monday morning,” Anna Berg said.")),
      ],
      { early: BERG, later: BERG },
    );
    expect(rs).toEqual([{ kind: "alters_quote", from: "later", to: "early", rule: "quote.same_speaker" }]);
  });

  it("points a later quotation to the one earlier printing it came from: the earliest that prints the same words, not every one", () => {
    const rs = quoteRelations(
      [
        article("first", "Valley Post", "2021-03-01", body(FILLER[0]!, "“The ferry pier opens again on Friday morning,” Anna Berg said.")),
        article("changed", "Hill Times", "2021-03-02", body(FILLER[1]!, "“The ferry pier opens again on Monday morning,” Anna Berg said.")),
        article("again", "Lake Weekly", "2021-03-03", body(FILLER[2]!, "Anna Berg once said: “The ferry pier opens again on Friday morning.”")),
        article("later", "Quillon Gazette", "2021-03-04", body(FILLER[3]!, "“The ferry pier opens again on Friday morning,” Anna Berg said.")),
      ],
      { first: BERG, changed: BERG, again: BERG, later: BERG },
    );
    expect(rs.filter((r) => r.from === "later")).toEqual([{ kind: "quotes_same", from: "later", to: "first", rule: "quote.same_speaker" }]);
  });

  it("reads a later quotation of words an earlier article gave as the speaker's reported speech as the same quotation", () => {
    const rs = quoteRelations(
      [
        article("early", "Valley Post", "2021-03-01", body(FILLER[0]!, "Anna Berg said that the pumps stay on the north bank until the spring floods are over.")),
        article("later", "Quillon Gazette", "2021-03-04", body(FILLER[1]!, "“The pumps stay on the north bank until the spring floods are over,” Anna Berg said.")),
      ],
      { early: BERG, later: BERG },
    );
    expect(rs).toEqual([{ kind: "quotes_same", from: "later", to: "early", rule: "quote.reported_speech" }]);
  });

  it("links no quotation to reported speech of another person or in other words", () => {
    const other = { sources: [{ name: "Karl Olsen", type: "named" as const, names: ["Karl Olsen"] }] };
    const make = (earlyText: string, hand: typeof BERG) =>
      quoteRelations(
        [
          article("early", "Valley Post", "2021-03-01", body(FILLER[0]!, earlyText)),
          article("later", "Quillon Gazette", "2021-03-04", body(FILLER[1]!, "“The pumps stay on the north bank until the spring floods are over,” Anna Berg said.")),
        ],
        { early: hand, later: BERG },
      );
    expect(make("Karl Olsen said that the pumps stay on the north bank until the spring floods are over.", other)).toEqual([]);
    expect(make("Anna Berg said that the pumps will move to the south bank once the spring floods are over.", BERG)).toEqual([]);
  });

  it("reads a changed wording of a short quotation no printing attributes, and not an unchanged one (a stock phrase)", () => {
    const disclaimer = "Stories on harbournews.example are jokes, satire, parody or pure invention";
    const mk = (later: string) => [
      article("early", "Valley Post", "2021-03-01", body(FILLER[0]!, `The site's own page says: “${disclaimer}.”`)),
      article("later", "Quillon Gazette", "2021-03-04", body(FILLER[1]!, `The disclaimer reads “${later}” in small print.`)),
    ];
    expect(quoteRelations(mk(disclaimer.replace("harbournews", "harb0urnews")), {})).toEqual([{ kind: "alters_quote", from: "later", to: "early", rule: "quote.same_words" }]);
    expect(quoteRelations(mk(disclaimer), {})).toEqual([]);
  });
});

describe("pairsSharingWords", () => {
  // Articles' quotations as content-word sets, invented: a few words shared in different measure.
  const words = (s: string) => new Set(s.split(" "));
  const quotes = [
    [words("harbour pier opens friday council"), words("storm damage repair")],
    [words("harbour pier opens friday")],
    [words("council harbour pier repair opens")],
    [],
    [words("storm damage repair harbour pier opens")],
    [words("friday council storm damage")],
  ];

  it("gives, with some articles open, exactly the plain pairs that have an open article", () => {
    for (const min of [1, 2, 3, 4]) {
      const plain = pairsSharingWords(quotes, min);
      for (let mask = 0; mask < 1 << quotes.length; mask++) {
        const open = quotes.map((_, i) => ((mask >> i) & 1) === 1);
        expect(pairsSharingWords(quotes, min, open)).toEqual(plain.filter(([i, j]) => open[i] || open[j]));
      }
    }
  });
});
