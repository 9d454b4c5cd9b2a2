/** What a claim rests on: only confident readings of a citation make an article derived from another; on small invented readings. */
import { describe, expect, it } from "vitest";
import type { ClaimGroup } from "../../src/analyse/claims.ts";
import { claimSupport } from "../../src/analyse/support.ts";
import { textSpan } from "../../src/core/spans.ts";
import type { ArticleReading } from "../../src/extract/types.ts";

const A = "The pumps stay on the north bank until spring.";
const B = "The pumps stay on the north bank until spring, the River Herald reported.";

function readings(confidence: number): Map<string, ArticleReading> {
  const sentence = textSpan(B, 0, B.length);
  const at = B.indexOf("the River Herald reported");
  return new Map<string, ArticleReading>([
    ["a", { article: "a", language: "en", sentences: [textSpan(A, 0, A.length)], quotations: [], sources: [], attributions: [], syndication: [] }],
    [
      "b",
      {
        article: "b",
        language: "en",
        sentences: [sentence],
        quotations: [],
        sources: [],
        attributions: [{ frame: "reported", span: textSpan(B, at, at + 25), sentence, outlet: "outlet:river-herald", outletName: "River Herald", article: "a", confidence, rule: "test" }],
        syndication: [],
      },
    ],
  ]);
}

const group: ClaimGroup = {
  key: "claim:pumps",
  text: A,
  label: A,
  statements: [
    { article: "a", span: textSpan(A, 0, A.length) },
    { article: "b", span: textSpan(B, 0, B.length) },
  ],
  articles: ["a", "b"],
  main: true,
};

describe("claimSupport", () => {
  it.each([
    [0.9, { b: ["a"] }],
    [0.4, {}],
  ])("takes a citation read with confidence %s as a derivation only when confident", (confidence, derived) => {
    const support = claimSupport(group, { readings: readings(confidence), relations: [], outletOf: new Map([["a", "outlet:river-herald"], ["b", "outlet:valley-post"]]), order: ["a", "b"] });
    expect(support.derivedFrom).toEqual(derived);
  });
});

describe("an unnamed collective of reporting", () => {
  it("is what an article rests on, never an independent primary source ('according to reports')", () => {
    const R = "The pumps stay on the north bank until spring, according to reports.";
    const at = R.indexOf("reports");
    const reading: ArticleReading = {
      article: "r", language: "en", sentences: [textSpan(R, 0, R.length)], quotations: [], attributions: [], syndication: [],
      sources: [{ key: "source:r--reports", name: "reports", type: "anonymous", mentions: [textSpan(R, at, at + 7)], collective: true }],
    };
    const g: ClaimGroup = { ...group, statements: [{ article: "a", span: textSpan(A, 0, A.length) }, { article: "r", span: textSpan(R, 0, R.length) }], articles: ["a", "r"] };
    const support = claimSupport(g, { readings: new Map([["a", readings(0.9).get("a") as ArticleReading], ["r", reading]]), relations: [], outletOf: new Map([["a", "outlet:river-herald"], ["r", "outlet:valley-post"]]), order: ["a", "r"] });
    expect(support.restsOn.r).toEqual(["source:r--reports"]);
    expect(support.primarySources).toEqual(["outlet:river-herald"]);
  });
});

describe("a speaker whose words an article prints as another article of the case printed them", () => {
  // The amplification finding had a rule of its own for this (and so said another count than the claim): the support
  // stage now decides it, for the claim's count and the finding alike.
  const Q = "We will keep the pumps on the north bank until the spring floods are over";
  const P = `The pumps stay on the north bank. "${Q}," the statement read.`;
  const R = `The pumps stay on the north bank. "${Q}," said Ada Reyes.`;
  const quotation = (body: string, article: string, speaker?: string) => {
    const at = body.indexOf(Q);
    return { id: `${article}#q0`, kind: "quotation" as const, span: textSpan(body, at, at + Q.length), parts: [textSpan(body, at, at + Q.length)], ...(speaker ? { speaker } : {}) };
  };
  const readingOf = (article: string, body: string, speaker?: string): ArticleReading => ({
    article, language: "en", sentences: [textSpan(body, 0, body.length)], quotations: [quotation(body, article, speaker)], attributions: [], syndication: [],
    sources: speaker ? [{ key: speaker, name: "Ada Reyes", type: "named", mentions: [textSpan(body, body.indexOf("Ada Reyes"), body.indexOf("Ada Reyes") + 9)] }] : [],
  });
  const g: ClaimGroup = { ...group, statements: [{ article: "p", span: textSpan(P, 0, P.length) }, { article: "r", span: textSpan(R, 0, R.length) }], articles: ["p", "r"] };
  const relation = (printedBefore: boolean) =>
    printedBefore
      ? [{ kind: "quotes_same" as const, from: "r", to: "p", direction: "dated" as const, orientedBy: "dates" as const, credited: false, sharedWith: [],
          passages: [{ from: { article: "r", ...textSpan(R, R.indexOf(Q), R.indexOf(Q) + Q.length) }, to: { article: "p", ...textSpan(P, P.indexOf(Q), P.indexOf(Q) + Q.length) }, similarity: 1 }] }]
      : [];
  const supportOf = (printedBefore: boolean) =>
    claimSupport(g, { readings: new Map([["p", readingOf("p", P)], ["r", readingOf("r", R, "source:ada-reyes")]]), relations: relation(printedBefore), outletOf: new Map([["p", "outlet:river-herald"], ["r", "outlet:valley-post"]]), order: ["p", "r"] });

  it("is reached through that article, not a new independent source (it printed them with no speaker)", () => {
    const support = supportOf(true);
    expect(support.derivedFrom).toEqual({ r: ["p"] });
    expect(support.primarySources).toEqual(["outlet:river-herald"]);
  });

  it("is the article's own source where no article of the case printed the words before", () => {
    expect(supportOf(false).primarySources).toContain("source:ada-reyes");
  });
});
