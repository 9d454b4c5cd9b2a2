// A claim's label reads its candidate sentences' grammar (analyse/claims/mainClause.ts) from compromise's tags: the same
// tags as compromise's full `nlp(text)`, and one parse per distinct sentence however many articles print it.
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../src/analyse/claims.ts";
import { ResultMemo, withMemo } from "../../src/core/memo.ts";
import nlp from "../../src/core/nlp.ts";
import { taggedTerms } from "../../src/core/nlp.ts";
import { source } from "./statementSources.ts";

const SENTENCES = [
  "This is what the Ostvik tram company will do: close two lines from April, director Mara Lind said.",
  "Faced with falling ticket sales and rising costs, the Ostvik tram company will close two lines.",
  "Seemingly unbothered, Mara Lind said the trams would run again in May. They did not.",
  "It was the second closure this year, according to the Ostvik Courier.",
  "Blessed with a mild winter, the valley's farmers are planting early.",
];

describe("taggedTerms", () => {
  it("gives compromise's own terms and tags of each sentence, as nlp(text).json() does", () => {
    for (const text of SENTENCES) {
      const own = taggedTerms(text).map((s) => s.map((t) => ({ text: t.text, pre: t.pre, post: t.post, tags: [...t.tags].sort() })));
      const stock = (nlp(text).json() as { terms: { text: string; pre: string; post: string; tags: string[] }[] }[]).map((s) =>
        s.terms.map((t) => ({ text: t.text, pre: t.pre, post: t.post, tags: [...t.tags].sort() })),
      );
      expect(own).toEqual(stock);
    }
  });
});

describe("a claim's label", () => {
  const PADDING = [
    "Local elections drew a record turnout.",
    "A new library opened its doors downtown.",
    "Bakers warned that flour prices keep climbing.",
    "The orchestra cancelled its spring tour.",
    "Tram drivers will strike on Thursday.",
    "The airline added three routes to Spain.",
  ];
  const leaning = "This is what the Ostvik tram company will do: close two lines from April, director Mara Lind said.";
  const standing = "The Ostvik tram company will close two lines from April, director Mara Lind said.";

  it("passes over a leaning sentence however many articles reprint it, for one that stands alone", () => {
    // Reprints of the leaning sentence are the best connected; each is read for its grammar, and the one that stands
    // alone is still found after them.
    const reprints = [0, 1, 2, 3].map((k) => source(`reprint${k}-1`, k + 1, [leaning, PADDING[k] as string]));
    const own = source("courier-1", 5, [standing, PADDING[4] as string]);
    const claim = groupClaims([...reprints, own]).find((c) => c.articles.includes("reprint0-1"));
    expect(claim?.articles).toContain("courier-1");
    expect(claim?.label).toMatch(/^The Ostvik tram company will close two lines/);
  });

  it("gives the labels of a run from nothing when the grammar is kept between runs of a case and its articles change", () => {
    const reprints = [0, 1, 2].map((k) => source(`reprint${k}-1`, k + 1, [leaning, PADDING[k] as string]));
    const runs = [
      [...reprints, source("courier-1", 5, [standing, PADDING[4] as string])],
      // The article that stood alone now leans on the sentence before it, another one stands alone.
      [...reprints, source("courier-1", 5, [leaning, PADDING[4] as string]), source("gazette-1", 6, ["The Ostvik tram company is to close two lines in April, director Mara Lind said.", PADDING[5] as string])],
      reprints,
    ];
    const memo = new ResultMemo();
    const labels = (claims: ReturnType<typeof groupClaims>) => claims.map((c) => [c.key, c.label]);
    for (const articles of runs) {
      memo.nextGeneration();
      expect(labels(withMemo(memo, () => groupClaims(articles)))).toEqual(labels(groupClaims(articles)));
    }
  });

  it("keeps the leaning sentence when no article prints one that stands alone", () => {
    const reprints = [0, 1, 2].map((k) => source(`reprint${k}-1`, k + 1, [leaning, PADDING[k] as string]));
    const claim = groupClaims(reprints).find((c) => c.articles.includes("reprint0-1"));
    expect(claim?.label).toMatch(/^This is what/);
  });
});
