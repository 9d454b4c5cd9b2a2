// Initials before "website" were outlet evidence: "a page made to look like the MOFA website … the MOFA said" cited a
// news outlet "MOFA" (probe 52b found it with a head of government's office). Every public body has a website, so
// initials before one say nothing of an outlet; a name before one still does.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (body: string): string[] => readPlain(body, "en").attributions.map((a) => a.outletName);

describe("a name before 'website'", () => {
  it("initials are no outlet: a ministry's website is no newsroom", () => {
    expect(cited("A page made to look like the MOFA website went viral. A day later the MOFA said the page was forged.")).toEqual([]);
    expect(cited("Copies of the DPWH site spread online, and the DPWH said no such notice was issued.")).toEqual([]);
  });

  it("a name of words still is", () => {
    // Control: cited before and after.
    expect(cited("A page made to look like the Harbour Ledger website went viral. A day later the Harbour Ledger said the page was forged.")).toContain("Harbour Ledger");
  });
});
