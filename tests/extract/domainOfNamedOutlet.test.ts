/**
 * A domain no registry knows ("kelp-wire.hr") whose name is the letters of an outlet the case gives or cites by name
 * ("Kelp Wire") is that outlet's site: one outlet, not two. A domain of other letters stays its own outlet.
 */
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import { resolveReadings } from "../../src/extract/resolve.ts";
import { caseArticle } from "./helpers.ts";

const registry = createOutletRegistry([]);
const citedOutlets = (cleaned: ReturnType<typeof caseArticle>[]): string[] =>
  [...new Set(resolveReadings(cleaned.map((c) => readArticle(c, registry)), cleaned, registry).flatMap((r) => r.attributions.map((a) => a.outlet)))].sort();

describe("a domain whose letters name an outlet of the case", () => {
  it("in one article, beside the name", () => {
    const cleaned = [caseArticle("a", "The ferry is back, Kelp Wire reported. The repairs took a month, according to kelp-wire.hr.", { outlet: "Harbour Notes", language: "en" })];
    expect(citedOutlets(cleaned)).toEqual(["outlet:kelp-wire"]);
  });

  it("the case's own outlet cited by its site", () => {
    const cleaned = [
      caseArticle("a", "The ferry is back after a month of repairs on the old engine.", { outlet: "Kelp Wire", language: "en" }),
      caseArticle("b", "The ferry is back, according to kelp-wire.hr.", { outlet: "Harbour Notes", language: "en" }),
    ];
    expect(citedOutlets(cleaned)).toEqual(["outlet:kelp-wire"]);
  });

  it("a domain of other letters stays its own outlet", () => {
    const cleaned = [caseArticle("a", "The ferry is back, Kelp Wire reported. The repairs took a month, according to bay-herald.hr.", { outlet: "Harbour Notes", language: "en" })];
    expect(citedOutlets(cleaned)).toEqual(["outlet:bay-herald-hr", "outlet:kelp-wire"]);
  });
});
