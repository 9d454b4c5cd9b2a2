// Slovak had no reading data and fell back to English: "Podľa informácií portálu X", "…, povedal hovorca Marek Hruška",
// "…, napísala polícia na svojom facebookovom profile" gave no citation and no speaker. Slovak now has its own data
// (frames/sk.ts); these sentences, written apart from its tests, check it, and that Czech reads as before.
import { describe, expect, it } from "vitest";
import { framesFor } from "../../src/extract/frames/index.ts";
import { readPlain, sourceLabels } from "./helpers.ts";

function quotations(body: string) {
  const r = readPlain(body, "sk");
  return r.quotations.filter((q) => q.kind === "quotation").map((q) => r.sources.find((s) => s.key === q.speaker)?.name);
}

describe("Slovak", () => {
  it("reads with its own data, not English's or Czech's", () => {
    expect(framesFor("sk").language).toBe("sk");
  });

  it.each([
    ["„Most je bezpečný,“ povedal hovorca mesta Marek Hruška.", "Marek Hruška"],
    ["„Nič z tohto nie je pravda,“ napísala polícia na svojom facebookovom profile.", "polícia"],
    ["„Nič z tohto nie je pravda,“ píše polícia na Facebooku.", "polícia"],
  ])("%s → the quotation is %s's", (body, who) => {
    expect(quotations(body)).toEqual([who]);
  });

  it.each([
    ["Podľa informácií portálu Marovský Hlas most zatvorili už v piatok.", "Marovský Hlas"],
    ["Ako píše portál marovo-dnes.sk, most zatvorili už v piatok.", "marovo-dnes.sk"],
  ])("%s cites %s", (body, outlet) => {
    const r = readPlain(body, "sk");
    expect(r.attributions.map((a) => a.outletName)).toContain(outlet);
  });

  it("a Czech account phrase still stands between the verb and its speaker", () => {
    expect(sourceLabels(readPlain("„Most je bezpečný,“ uvedl na svém účtu na Twitteru starosta Jan Vrba.", "cs"))).toEqual(["named:Jan Vrba"]);
  });
});
