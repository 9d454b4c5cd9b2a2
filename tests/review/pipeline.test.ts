/** Reviews flow through the whole analysis of the bundled case (data/cases/baghdadi-2019): a rejected reading grounds no finding, trace or source count, an added one counts. */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { traceOrigin } from "../../src/analyse/trace.ts";
import type { ClaimNodeAttrs, Finding } from "../../src/graph/types.ts";
import { analyseCaseFolder, type CaseAnalysis } from "../../src/pipeline.ts";
import type { Review } from "../../src/review/types.ts";

const CASE = path.resolve(import.meta.dirname, "../../data/cases/baghdadi-2019");
const HOMS = "claim:isis-leader-abu-bakr-al-baghdadi-is-currently-hiding-in-the";

function review(id: string, partial: Pick<Review, "action" | "anchor"> & Partial<Review>): Review {
  return { id, case: "baghdadi-2019", reviewer: "Ana", at: "2026-01-01T00:00:00.000Z", ...partial };
}

const findings = (a: CaseAnalysis): Finding[] => a.graph.getAttribute("findings");
const claim = (a: CaseAnalysis): ClaimNodeAttrs => a.graph.getNodeAttributes(HOMS) as ClaimNodeAttrs;

let plain: CaseAnalysis;
beforeAll(async () => {
  plain = await analyseCaseFolder(CASE);
}, 120_000);

describe("a reviewed analysis of the bundled case", () => {
  it("a rejected syndication credit stays in the graph, flagged, and its finding is gone", async () => {
    expect(findings(plain).some((f) => f.type === "syndication")).toBe(true);
    const reviewed = await analyseCaseFolder(CASE, undefined, {
      reviews: [review("r1", { action: "reject", anchor: { kind: "republishes", from: "theaustralian-2019-03", to: "outlet:sunday-times", evidence: { article: "theaustralian-2019-03", text: "THE SUNDAY TIMES" } } })],
    });
    expect(reviewed.graph.getEdgeAttribute("theaustralian-2019-03->republishes->outlet:sunday-times", "review")).toBe("rejected");
    expect(findings(reviewed).some((f) => f.type === "syndication")).toBe(false);
    expect(reviewed.graph.getAttribute("reviews")).toEqual({ applied: ["r1"], orphaned: [] });
  }, 120_000);

  it("a rejected source and the citation that relayed it no longer count among the claim's independent sources, nor in the findings' words", async () => {
    const before = claim(plain);
    expect(before.primarySources).toContain("source:southfront-2019-04-28--iraqi-intelligence-official");
    expect(findings(plain).find((f) => f.type === "single_source_amplification")?.explanation).toMatch(/Iraqi intelligence official/);
    expect(findings(plain).find((f) => f.type === "uncredited_copy")?.explanation).toMatch(/Al-Khaleej/);
    const official = review("r2", {
      action: "reject",
      anchor: { kind: "quotes", from: "southfront-2019-04-28", to: "source:southfront-2019-04-28--iraqi-intelligence-official", evidence: { article: "southfront-2019-04-28", text: "an Iraqi intelligence official" } },
    });
    // Without the official, the report that relayed him stands in for him (support.ts): al-Khaleej.
    const one = await analyseCaseFolder(CASE, undefined, { reviews: [official] });
    expect(claim(one).primarySources).not.toContain("source:southfront-2019-04-28--iraqi-intelligence-official");
    expect(claim(one).primarySources).toContain("outlet:al-khaleej");
    const khaleej = review("r3", { action: "reject", anchor: { kind: "cites", from: "southfront-2019-04-28", to: "outlet:al-khaleej", evidence: { article: "southfront-2019-04-28", text: "according to al-Khaleej" } } });
    const both = await analyseCaseFolder(CASE, undefined, { reviews: [official, khaleej] });
    expect(claim(both).independentSources).toBe(before.independentSources - 1);
    expect(traceOrigin(both.graph, HOMS).independentSources).toBe(before.independentSources - 1);
    expect(findings(both).find((f) => f.type === "single_source_amplification")?.explanation).not.toMatch(/Iraqi intelligence official/);
    expect(findings(both).find((f) => f.type === "uncredited_copy")?.explanation).not.toMatch(/Al-Khaleej/);
  }, 120_000);

  it("a rejected citation of a case article drops the unsupported attribution resting on it and leaves the trace", async () => {
    const unsupported = (a: CaseAnalysis) => findings(a).find((f) => f.type === "unsupported_attribution");
    expect(unsupported(plain)?.articles).toContain("southfront-2019-04-28");
    const key = "southfront-2019-04-28->cites->asiatimes-2019-03-28";
    expect(traceOrigin(plain.graph, "southfront-2019-04-28").edges).toContain(key);
    const reviewed = await analyseCaseFolder(CASE, undefined, {
      reviews: [review("r3", { action: "reject", anchor: { kind: "cites", from: "southfront-2019-04-28", to: "asiatimes-2019-03-28", evidence: { article: "southfront-2019-04-28", text: "in line with a recent report of the Asia Times" } } })],
    });
    expect(unsupported(reviewed)?.articles ?? []).not.toContain("southfront-2019-04-28");
    expect(traceOrigin(reviewed.graph, "southfront-2019-04-28").edges).not.toContain(key);
  }, 120_000);

  it("an added source, on words of a statement of the claim, counts: the independent-source count grows by one", async () => {
    const before = claim(plain);
    const statement = plain.graph.getEdgeAttribute(`southfront-2019-03-29->asserts->${HOMS}`, "evidence")?.[0];
    expect(statement).toBeDefined();
    const words = statement!.text.split(/\s+/).slice(0, 4).join(" ");
    const reviewed = await analyseCaseFolder(CASE, undefined, {
      reviews: [
        review("r4", {
          action: "add",
          anchor: { kind: "quotes", from: "southfront-2019-03-29", to: "source:a-person-a-reviewer-found", evidence: { article: "southfront-2019-03-29", text: words, start: statement!.start } },
          payload: { label: "A person a reviewer found", sourceType: "named" },
        }),
      ],
    });
    const e = reviewed.graph.getEdgeAttributes("southfront-2019-03-29->quotes->source:a-person-a-reviewer-found");
    expect(e).toMatchObject({ review: "added", rule: "review", confidence: 1 });
    expect(claim(reviewed).primarySources).toContain("source:a-person-a-reviewer-found");
    expect(claim(reviewed).independentSources).toBe(before.independentSources + 1);
  }, 120_000);

  it("a review whose words are gone is listed as orphaned, and the rest of the case is analysed as before", async () => {
    const reviewed = await analyseCaseFolder(CASE, undefined, {
      reviews: [review("r5", { action: "reject", anchor: { kind: "cites", from: "southfront-2019-04-28", to: "outlet:al-khaleej", evidence: { article: "southfront-2019-04-28", text: "words no article of the case prints" } } })],
    });
    expect(reviewed.graph.getAttribute("reviews")?.orphaned).toEqual([{ id: "r5", why: expect.stringMatching(/no longer in article/) }]);
    expect(findings(reviewed).map((f) => f.id)).toEqual(findings(plain).map((f) => f.id));
  }, 120_000);
});
