/** schema.org Claim export, checked against schema.org's definitions and Google's ClaimReview requirements (see schemaOrgShapes.ts). */
import { describe, expect, it } from "vitest";
import { claimsToJsonLd, claimToSchemaOrg } from "../../src/export/claimreview.ts";
import { NotFoundError } from "../../src/core/errors.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { bareFixtureGraph, exportFixtureGraph, HOSTILE } from "../fixtures/export/graph.ts";
import { REFERENCE_CASE } from "../helpers.ts";
import { Claim, ClaimReview } from "./schemaOrgShapes.ts";

const graph = exportFixtureGraph();

describe("claimsToJsonLd", () => {
  const doc = claimsToJsonLd(graph);

  it("gives one schema.org Claim per claim node, each valid against the published shape", () => {
    expect(doc["@context"]).toBe("https://schema.org");
    expect(doc["@graph"].map((c) => c.identifier)).toEqual(["claim:deal-denied", "claim:memo-exists"]);
    for (const c of doc["@graph"]) expect(Claim.safeParse(c).error).toBeUndefined();
  });

  it("puts the origin in firstAppearance and the repeating articles in appearance", () => {
    const c = claimToSchemaOrg(graph, "claim:deal-denied");
    expect(c.firstAppearance).toMatchObject({
      "@type": "NewsArticle", identifier: "planet-1", url: "https://planet.example/news?id=1&lang=en",
      datePublished: "2020-05-01", headline: HOSTILE.title, publisher: { "@type": "Organization", name: "Daily Planet" },
    });
    // wire-1 (May 2020, month only) and gazette-1 (c. 3 May, estimated) cannot be ordered: only membership is asserted.
    expect(c.appearance?.map((w) => w.identifier).sort()).toEqual(["gazette-1", "wire-1"]);
    expect(c.author).toEqual({ "@type": "Organization", name: "Daily Planet" });
    expect(c.datePublished).toBe("2020-05-01");
  });

  it.each([
    ["wire-1", "2020-05"],
    ["gazette-1", undefined],
  ])("keeps %s's date at its real precision, leaving an estimated one out (%s)", (id, date) => {
    const work = claimToSchemaOrg(graph, "claim:deal-denied").appearance?.find((w) => w.identifier === id);
    expect(work?.datePublished).toBe(date);
  });

  it("lists several first appearances when the origins cannot be ordered, and gives no single claim date", () => {
    const c = claimToSchemaOrg(graph, "claim:memo-exists");
    expect(Array.isArray(c.firstAppearance)).toBe(true);
    expect(c.datePublished).toBeUndefined();
    expect(c.appearance).toBeUndefined();
  });

  it("never turns a non-web address into a url, and names a syndicated story's outlet of record", () => {
    const c = claimToSchemaOrg(graph, "claim:memo-exists");
    const planet2 = [c.firstAppearance].flat().find((w) => w?.identifier === "planet-2");
    expect(planet2?.url).toBeUndefined();
    expect(planet2?.sourceOrganization).toEqual([{ "@type": "Organization", name: "Wire Service" }]);
  });

  it("keeps hostile names as plain JSON strings", () => {
    const c = claimToSchemaOrg(graph, "claim:deal-denied");
    expect(c.appearance?.find((w) => w.identifier === "gazette-1")?.publisher.name).toBe(HOSTILE.outlet);
  });

  it("embeds in a ClaimReview that meets Google's required properties", () => {
    const review = {
      "@context": "https://schema.org", "@type": "ClaimReview", url: "https://factcheck.example/deal",
      claimReviewed: "The minister denied a deal", reviewRating: { "@type": "Rating", alternateName: "Unsupported" },
      itemReviewed: claimToSchemaOrg(graph, "claim:deal-denied"),
    };
    expect(ClaimReview.safeParse(review).error).toBeUndefined();
  });

  it("is empty, not broken, on a graph without claims", () => {
    expect(claimsToJsonLd(bareFixtureGraph())["@graph"]).toEqual([]);
  });

  it.each(["claim:nope", "planet-1"])("refuses %s, which is not a claim", (key) => {
    expect(() => claimToSchemaOrg(graph, key)).toThrow(NotFoundError);
  });

  it("the shape check itself rejects what schema.org does not define", () => {
    expect(Claim.safeParse({ "@type": "Claim", firstAppearance: { "@type": "NewsArticle", datePublished: "28/03/2019" } }).success).toBe(false);
    expect(Claim.safeParse({ "@type": "Claim", origin: "x" }).success).toBe(false);
  });

  it("gives a valid Claim for every claim of the bundled case", async () => {
    const { graph: ref } = await analyseCaseFolder(REFERENCE_CASE);
    const doc = claimsToJsonLd(ref);
    expect(doc["@graph"]).toHaveLength(ref.filterNodes((_k, a) => a.kind === "claim").length);
    for (const c of doc["@graph"]) expect(Claim.safeParse(c).error).toBeUndefined();
  });
});
