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
