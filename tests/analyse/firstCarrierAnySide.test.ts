// Where a claim first appears in a case, whatever the side of the article that prints it. A fact-check that quotes a
// rumour days before any outlet tells it as news shows the rumour was about by then: the origin among the presenters
// stays (where it was first told as true), and the claim also names where the case first carries it, which is what
// a truth file's `earliest_in_case` means. Where nothing orders two carriers, the one telling the story goes first.
import { describe, expect, it } from "vitest";
import { parsePublished, type PublishedDate } from "../../src/core/dates.ts";
import { orderedOrigins } from "../../src/analyse/origins.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { serializeGraph } from "../../src/graph/build.ts";
import { reportMarkdown } from "../../src/export/report.ts";
import { scoreClaims } from "../../src/eval/claims.ts";
import { TruthSchema } from "../../src/eval/truth.ts";
import type { ClaimNodeAttrs } from "../../src/graph/types.ts";
import { makeCase } from "../helpers.ts";

const article = (outlet: string, published: string, body: string) => `---\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

const RUMOUR = "Mayor Hedda Sorel will close the Quillon Bridge for two years from March";
const CHECK = article("Fact Desk Weekly", "2026-02-02", `Claims that ${RUMOUR} are false, the town hall said. The closure story is fabricated.`);
const NEWS = article("Metro Evening", "2026-02-05", `${RUMOUR}, the Daily Courier has learned.\n\nShop owners near the river fear for their trade.`);

async function rumourClaim(): Promise<{ claim: ClaimNodeAttrs; key: string; graph: Awaited<ReturnType<typeof analyseCaseFolder>>["graph"] }> {
  const { graph } = await analyseCaseFolder(await makeCase({ "check.txt": CHECK, "news.txt": NEWS }));
  const key = graph.filterNodes((_k, a) => a.kind === "claim" && (a as ClaimNodeAttrs).articles.length === 2 && !(a as ClaimNodeAttrs).debunks)[0];
  if (!key) throw new Error("no claim carried by both articles");
  return { claim: graph.getNodeAttributes(key) as ClaimNodeAttrs, key, graph };
}

describe("a claim first printed by a debunk", () => {
  it("keeps its origin among the presenters and names the debunk as where the case first carries it", async () => {
    const { claim } = await rumourClaim();
    expect(claim.reportedFalse).toEqual(["check"]);
    expect(claim.origins).toEqual(["news"]);
    expect(claim.appearsFirstIn?.[0]).toBe("check");
  });

  it("the report says where it first appears, and on which side", async () => {
    const { graph } = await rumourClaim();
    const md = reportMarkdown(graph);
    expect(md).toContain("First presented as true in");
    expect(md).toMatch(/It first appears in this case in [^\n]*\(check\), which reports it as false/);
  });

  it("eval scores a truth's earliest_in_case against where the case first carries the claim", async () => {
    const { graph, key } = await rumourClaim();
    const truth = TruthSchema.parse({
      claims: [{ id: "c1", reported_as_false_by: ["check"], asserted_by: ["news"] }],
      origin: [{ claim: "c1", earliest_in_case: "check" }],
    });
    const score = scoreClaims(serializeGraph(graph), truth);
    expect(score.matches[0]?.claim).toBe(key);
    expect(score.originRight).toBe(1);
  });
});

describe("carriers nothing orders", () => {
  const month = (text: string): PublishedDate => {
    const d = parsePublished(text);
    if ("error" in d) throw new Error(d.error);
    return d;
  };
  it("names first the one presenting the claim as true rather than the one reporting it false", () => {
    // "a-check" would come first by id; both are dated by the same month only.
    const published = new Map([["a-check", month("2026-03")], ["b-report", month("2026-03")]]);
    const order = orderedOrigins({ candidates: ["a-check", "b-report"], derivedFrom: {}, orderKnown: () => true, heldBackBy: () => [], published, presenters: new Set(["b-report"]) });
    expect(order).toEqual(["b-report", "a-check"]);
  });
});
