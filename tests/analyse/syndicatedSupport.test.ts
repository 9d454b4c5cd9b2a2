/** A story an article runs by credit ("Mit Material von VPA") is the credited outlet's: no second independent source. Invented readings. */
import { describe, expect, it } from "vitest";
import type { ClaimGroup } from "../../src/analyse/claims.ts";
import { claimSupport } from "../../src/analyse/support.ts";
import { textSpan } from "../../src/core/spans.ts";
import type { ArticleReading } from "../../src/extract/types.ts";

const WIRE = "Die Fähre nach Velmar fährt ab Mai wieder stündlich.";
const PAPER = "Die Fähre nach Velmar fährt ab Mai wieder stündlich, hieß es am Dienstag.\n\nMit Material von VPA";

function reading(article: string, body: string, syndication: ArticleReading["syndication"] = []): ArticleReading {
  return { article, language: "de", sentences: [textSpan(body, 0, body.indexOf(".") + 1)], quotations: [], sources: [], attributions: [], syndication };
}

const credit = [{ outlet: "outlet:vpa", outletName: "VPA", evidence: textSpan(PAPER, PAPER.indexOf("Mit"), PAPER.length), rule: "agency_line/registry" }];
const paperSpan = textSpan(PAPER, 0, PAPER.indexOf(".") + 1);

describe("a story run by a syndication credit", () => {
  it("takes the claim from the credited outlet's own article of the case", () => {
    const group: ClaimGroup = { key: "claim:faehre", text: WIRE, label: WIRE, statements: [{ article: "w", span: textSpan(WIRE, 0, WIRE.length) }, { article: "p", span: paperSpan }], articles: ["w", "p"], main: true };
    const support = claimSupport(group, {
      readings: new Map([["w", reading("w", WIRE)], ["p", reading("p", PAPER, credit)]]),
      relations: [],
      outletOf: new Map([["w", "outlet:vpa"], ["p", "outlet:velmarer-bote"]]),
      order: ["w", "p"],
    });
    expect(support.derivedFrom).toEqual({ p: ["w"] });
    expect(support.primarySources).toEqual(["outlet:vpa"]);
  });

  it("rests on the credited outlet, not its own word, where the case holds no article of that outlet stating the claim", () => {
    const group: ClaimGroup = { key: "claim:faehre", text: PAPER, label: PAPER, statements: [{ article: "p", span: paperSpan }], articles: ["p"], main: true };
    const support = claimSupport(group, { readings: new Map([["p", reading("p", PAPER, credit)]]), relations: [], outletOf: new Map([["p", "outlet:velmarer-bote"]]), order: ["p"] });
    expect(support.restsOn).toEqual({ p: ["outlet:vpa"] });
    expect(support.primarySources).toEqual(["outlet:vpa"]);
  });
});
