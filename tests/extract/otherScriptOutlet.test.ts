// A case outlet written in another script, cited by its name in Latin letters ("Sites including Rajdhani Samachar …" for
// the case's "राजधानी समाचार"), became a second outlet beside it (probe 24 item 21's kind), pinned with texts of our own.
import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/clean/types.ts";
import { createOutletRegistry, withCaseOutlets } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import { resolveReadings } from "../../src/extract/resolve.ts";
import { caseArticle } from "./helpers.ts";

const article = (id: string, outlet: string, language: string, published: string, body: string): CleanArticle => caseArticle(id, body, { outlet, language, published });

function citedBy(outletOfCase: string, named: string) {
  const cleaned = [
    article("hi1", outletOfCase, "hi", "2025-03-01", "मंत्री ने कहा कि पुल अगले महीने खुलेगा।"),
    article("en1", "Bridge Check", "en", "2025-03-03", `Sites including ${named} and Harbour Buzz repeated the quote without checking the video.`),
  ];
  const registry = withCaseOutlets(createOutletRegistry([]), cleaned.map((c) => ({ name: c.meta.outlet as string })));
  const readings = resolveReadings(cleaned.map((c) => readArticle(c, registry)), cleaned, registry);
  return (readings[1]?.attributions ?? []).map((a) => `${a.outlet}${a.article ? `@${a.article}` : ""}`);
}

describe("a case outlet named in Latin letters", () => {
  it("is the case outlet written in Devanagari", () => {
    expect(citedBy("राजधानी समाचार", "Rajdhani Samachar")).toContain(`outlet:${"राजधानी समाचार".replace(/\s+/gu, "-")}@hi1`);
  });

  it("a name of other consonants stays its own outlet", () => {
    // Control: unchanged before and after.
    expect(citedBy("राजधानी समाचार", "Sagar Times")).toContain("outlet:sagar-times");
  });
});
