// "X's story" after a person's name is that person's story, not a publication's: a noun a person owns as well as an
// outlet ("story", "video", "column", `afterShared`) makes no outlet of a name that reads as a person's. Invented texts.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { framesFor } from "../../src/extract/frames/index.ts";
import { outletEvidence } from "../../src/extract/cited.ts";
import { OUTLET_NOUNS } from "../../src/extract/outletNouns.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Reuters", aliases: [], descriptors: [], domains: ["reuters.com"], kind: "agency" }]);
const cited = (body: string, language = "en"): string[] => readText(body, registry, { outlet: "Harbor Daily", language }).attributions.map((a) => a.outlet);

describe("a person's story is no outlet's", () => {
  it.each([
    "Officials said the boy had never been trapped. Media, rescuers and leaders across the country repeated Lena Vasko's story, which quickly became a national fixation.",
    "Officials said the boy had never been trapped. Media across the country repeated Lena's story within hours.",
    "Teachers shared Marta Quill's video widely before it was taken down.",
  ])("cites no outlet: %s", (body) => {
    expect(cited(body)).toEqual([]);
  });
  it("does not take a person-like name before a shared noun as outlet evidence", () => {
    const frames = framesFor("en");
    expect([...outletEvidence("Media repeated Lena Vasko's story.", frames)]).toEqual([]);
    // A name that reads as no person's is still an outlet's: its story is a publication's.
    expect([...outletEvidence("Media repeated the Trellisview story.", frames)]).toContain("trellisview");
  });
  it("still cites an outlet whose story is repeated, by the registry or a publication-only noun", () => {
    expect(cited("Media across the country repeated Reuters' story, which quickly became a national fixation.")).toEqual(["outlet:reuters"]);
    // "newspaper" is a publication's only: the article marks the name as an outlet, and "Trellisview's story" cites it.
    expect(cited("The Trellisview newspaper ran the claim first. Media across the country repeated Trellisview's story within hours.")).toContain("outlet:trellisview");
  });
  it("keeps the shared nouns apart from the publication-only ones", () => {
    for (const nouns of Object.values(OUTLET_NOUNS)) expect(nouns.after.filter((n) => nouns.afterShared.includes(n))).toEqual([]);
    expect(OUTLET_NOUNS.en?.afterShared).toEqual(expect.arrayContaining(["story", "video", "article"]));
    expect(OUTLET_NOUNS.en?.after).toEqual(expect.arrayContaining(["newspaper", "website", "broadcast"]));
  });
});
