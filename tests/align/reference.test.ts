/** The reference case (data/cases/baghdadi-2019): every copies / quotes_same / alters_quote relation of truth.json, no false article-to-article edge, and the drift a careful reader finds. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { alignDocuments } from "../../src/align/align.ts";
import { classifyReuse } from "../../src/align/classify.ts";
import { findDrift } from "../../src/align/drift.ts";
import type { DriftEvidence, ReuseRelation } from "../../src/align/types.ts";
import { referenceCase } from "./reference.ts";

interface Rel {
  from: string;
  to: string;
  relation: string;
}
const truth = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../data/cases/baghdadi-2019/truth.json"), "utf8")) as { relations: Rel[]; acceptable: Rel[] };
const REUSE = new Set(["copies", "quotes_same", "alters_quote"]);
const required = truth.relations.filter((r) => REUSE.has(r.relation));
const acceptable = truth.acceptable.filter((r) => REUSE.has(r.relation));

let relations: ReuseRelation[] = [];
let drift: DriftEvidence[] = [];
beforeAll(async () => {
  const { articles, readings } = await referenceCase();
  const pairs = alignDocuments(articles.map((a) => ({ id: a.meta.id, text: a.body }))).pairs;
  relations = classifyReuse({ articles, readings, pairs });
  drift = findDrift({ articles, readings, relations });
});

describe("reference case reuse", () => {
  it.each(required.map((r) => [r.relation, r.from, r.to] as const))("finds %s %s -> %s", (kind, from, to) => {
    expect(relations.some((r) => r.kind === kind && r.from === from && r.to === to)).toBe(true);
  });

  it("makes no relation the truth does not list or accept", () => {
    const allowed = new Set([...required, ...acceptable].map((r) => `${r.relation} ${r.from} ${r.to}`));
    expect(relations.map((r) => `${r.kind} ${r.from} ${r.to}`).filter((k) => !allowed.has(k))).toEqual([]);
  });

  it.each(["memo-2017-03", "theaustralian-2019-03"])("links %s to nothing", (id) => {
    expect(relations.filter((r) => r.from === id || r.to === id)).toEqual([]);
  });

  it("keeps both versions of the altered quote and the bracket edit in its diff", () => {
    const alt = relations.find((r) => r.kind === "alters_quote")!;
    const changes = alt.passages.flatMap((p) => p.diff ?? []).filter((d) => d.op !== "equal").map((d) => `${d.op}:${d.text}`);
    expect(changes).toEqual(expect.arrayContaining(["delete:Badia],", "insert:Homs desert],"]));
    expect(alt.passages[0]!.to.text).toContain("[to the Badia]");
    expect(alt.passages[0]!.from.text).toContain("[to the Homs desert]");
  });

  it("routes the later SouthFront copy through the earlier one (the ellipsis-joined quote)", () => {
    const copy = relations.find((r) => r.kind === "copies" && r.from === "southfront-2019-04-28")!;
    expect(copy.to).toBe("southfront-2019-03-29");
    expect(copy.credited).toBe(false);
    expect(copy.passages.some((p) => p.from.text.includes("battlefield \u2026 The ISIS security detail"))).toBe(true);
  });

  it("orients the SouthFront copy of 29 March (estimated date) by its citation, with direction unknown", () => {
    const r = relations.find((x) => x.kind === "copies" && x.from === "southfront-2019-03-29")!;
    expect(r).toMatchObject({ to: "asiatimes-2019-03-28", direction: "unknown", orientedBy: "citation", credited: true });
  });
});

describe("reference case drift", () => {
  it("finds the number drift (no less than 1,000 loyalists -> more than 1,000 fighters)", () => {
    expect(drift.filter((d) => d.type === "number_drift")).toMatchObject([{ articles: ["southfront-2019-03-29", "asiatimes-2019-03-28"], earlier: { value: 1000, qualifier: "no less than" }, later: { qualifier: "more than" } }]);
  });
  it("finds the attribution drift (Hashemi -> the Iraqi experts)", () => {
    expect(drift.filter((d) => d.type === "attribution_drift")).toMatchObject([{ articles: ["southfront-2019-03-29", "asiatimes-2019-03-28"], earlierSource: "source:hisham-al-hashemi" }]);
  });
  it.each(["southfront-2019-03-29", "southfront-2019-04-28"])("finds that %s credits Asia Times with a siege it never reported", (id) => {
    const u = drift.filter((d) => d.type === "unsupported_attribution" && d.articles[0] === id);
    expect(u).toHaveLength(1);
    expect(u[0]!.type === "unsupported_attribution" && u[0]!.clause.text).toContain("besieged");
  });
});
