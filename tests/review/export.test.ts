/** The report and PROV export of a reviewed case (the bundled data/cases/baghdadi-2019): statements resting on reviewed relations say so, a rejected relation is not stated, the reviewer is a PROV agent. */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { toProvJson } from "../../src/export/prov.ts";
import { buildReport, reportHtml, reportMarkdown } from "../../src/export/report.ts";
import { analyseCaseFolder, type CaseAnalysis } from "../../src/pipeline.ts";
import type { Review } from "../../src/review/types.ts";

const CASE = path.resolve(import.meta.dirname, "../../data/cases/baghdadi-2019");
const base = { case: "baghdadi-2019", at: "2026-01-01T00:00:00.000Z" };
const REVIEWS: Review[] = [
  { ...base, id: "c1", reviewer: "Ana <b>", action: "confirm", anchor: { kind: "cites", from: "southfront-2019-03-29", to: "asiatimes-2019-03-28", evidence: { article: "southfront-2019-03-29", text: "the Asia Times reported on March 28" } } },
  { ...base, id: "r1", reviewer: "Ben", action: "reject", reason: "a credit line", anchor: { kind: "republishes", from: "theaustralian-2019-03", to: "outlet:sunday-times", evidence: { article: "theaustralian-2019-03", text: "THE SUNDAY TIMES" } } },
];

let reviewed: CaseAnalysis;
beforeAll(async () => {
  reviewed = await analyseCaseFolder(CASE, undefined, { reviews: REVIEWS });
}, 120_000);

describe("exports of a reviewed case", () => {
  it("the report says 'checked by a person' beside a confirmed relation and the finding resting on it, and leaves a rejected one out", () => {
    const r = buildReport(reviewed.graph);
    const steps = r.claims.flatMap((c) => c.timeline).filter((s) => s.article.key === "southfront-2019-03-29");
    expect(steps.flatMap((s) => s.how).some((h) => /cites Asia Times.* — checked by a person \(Ana <b>\)/.test(h))).toBe(true);
    const unsupported = [...r.claims.flatMap((c) => c.findings), ...r.otherFindings].find((f) => f.type === "unsupported_attribution");
    expect(unsupported?.reviewed).toBe("checked by a person (Ana <b>)");
    const md = reportMarkdown(reviewed.graph);
    expect(md).toMatch(/The relations this rests on were checked by a person/);
    expect(md).not.toMatch(/republished story of The Sunday Times/);
    // The reviewer's name is text from a user: escaped in the HTML page.
    const html = reportHtml(reviewed.graph);
    expect(html).toContain("checked by a person (Ana &lt;b&gt;)");
    expect(html).not.toContain("Ana <b>");
  });

  it("PROV names each reviewer as an agent, each review as an entity attributed to them, and states no rejected derivation", () => {
    const doc = toProvJson(reviewed.graph);
    expect(doc.agent["reviewer:Ben"]).toMatchObject({ "prov:label": "Ben", "ct:role": "reviewer" });
    expect(doc.entity["review:r1"]).toMatchObject({ "ct:action": "reject", "ct:status": "rejected", "ct:reason": "a credit line" });
    const attributions = Object.values(doc.wasAttributedTo);
    expect(attributions).toContainEqual(expect.objectContaining({ "prov:entity": "review:r1", "prov:agent": "reviewer:Ben" }));
    expect(attributions.some((a) => a["ct:edgeKind"] === "republishes")).toBe(false);
    expect(Object.values(doc.wasDerivedFrom)).toContainEqual(expect.objectContaining({ "ct:edgeKind": "cites", "ct:review": "confirmed", "prov:generatedEntity": "article:southfront-2019-03-29" }));
  });
});

describe("GEXF of a reviewed case", () => {
  it("keeps the rejected arrow with its review and reviewer as columns, so Gephi can filter it out", async () => {
    const { toGexf } = await import("../../src/export/gexf.ts");
    const gexf = toGexf(reviewed.graph);
    const edge = /<edge [^>]*source="theaustralian-2019-03" target="outlet:sunday-times"[\s\S]*?<\/edge>/.exec(gexf)?.[0] ?? "";
    expect(edge).toMatch(/<attvalue for="review" value="rejected"\/>\s*<attvalue for="reviewedBy" value="Ben"\/>/);
  });
});
