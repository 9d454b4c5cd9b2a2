/** PROV-JSON export: valid against the W3C PROV-JSON structure (provJsonShape.ts), typed as PROV-DM requires, and saying what the graph says. */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toProvJson, type ProvAttributes, type ProvDocument } from "../../src/export/prov.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { bareFixtureGraph, exportFixtureGraph, HOSTILE } from "../fixtures/export/graph.ts";
import { REFERENCE_CASE } from "../helpers.ts";
import { PREDEFINED_PREFIXES, ProvJson } from "./provJsonShape.ts";

/** PROV-DM typing (PROV-CONSTRAINTS §5.3): derivations link entities, attributions an entity to an agent; every QName's prefix is declared. */
function typingProblems(doc: ProvDocument): string[] {
  const problems: string[] = [];
  const isEntity = (q: unknown) => typeof q === "string" && q in doc.entity;
  const isAgent = (q: unknown) => typeof q === "string" && q in doc.agent;
  for (const [k, r] of Object.entries(doc.wasDerivedFrom)) {
    if (!isEntity(r["prov:generatedEntity"]) || !isEntity(r["prov:usedEntity"])) problems.push(`derivation ${k} does not link two entities`);
  }
  for (const [k, r] of Object.entries(doc.wasAttributedTo)) {
    if (!isEntity(r["prov:entity"]) || !isAgent(r["prov:agent"])) problems.push(`attribution ${k} does not link an entity to an agent`);
  }
  for (const [k, r] of Object.entries(doc.wasInfluencedBy)) {
    for (const arg of ["prov:influencee", "prov:influencer"]) if (!isEntity(r[arg]) && !isAgent(r[arg])) problems.push(`influence ${k}: ${arg} undeclared`);
  }
  const used = new Set<string>();
  const collect = (q: string) => used.add(q.slice(0, q.indexOf(":")));
  for (const map of [doc.entity, doc.agent]) for (const [k, attrs] of Object.entries(map)) { collect(k); collectAttrs(attrs, collect); }
  for (const map of [doc.wasDerivedFrom, doc.wasAttributedTo, doc.wasInfluencedBy]) for (const attrs of Object.values(map)) collectAttrs(attrs, collect);
  for (const p of used) if (!(p in doc.prefix) && !PREDEFINED_PREFIXES.has(p) && p !== "_") problems.push(`prefix '${p}' is used but not declared`);
  return problems;
}

function collectAttrs(attrs: ProvAttributes, collect: (q: string) => void): void {
  for (const [name, value] of Object.entries(attrs)) {
    collect(name);
    for (const v of [value].flat()) if (typeof v === "object") { if (v.type) collect(v.type); if (v.type === "prov:QUALIFIED_NAME") collect(v.$); }
    if (name.startsWith("prov:") && typeof value === "string" && ["prov:generatedEntity", "prov:usedEntity", "prov:entity", "prov:agent", "prov:influencee", "prov:influencer"].includes(name)) collect(value);
  }
}

const derivations = (doc: ProvDocument, type?: string) =>
  Object.values(doc.wasDerivedFrom).filter((r) => type === undefined || (r["prov:type"] as { $: string } | undefined)?.$ === type);

describe("toProvJson on the fixture graph", () => {
  const doc = toProvJson(exportFixtureGraph());

  it("matches the PROV-JSON structure and PROV-DM typing", () => {
    expect(ProvJson.safeParse(doc).error).toBeUndefined();
    expect(typingProblems(doc)).toEqual([]);
  });

  it("makes articles and claims entities, outlets and people agents, a document an entity", () => {
    expect(Object.keys(doc.entity)).toEqual(expect.arrayContaining(["article:planet-1", "article:wire-1", "claim:deal-denied", "source:leaked-memo"]));
    expect(Object.keys(doc.agent)).toEqual(expect.arrayContaining(["outlet:daily-planet", "outlet:channel-9", "source:jane-roe", "source:treasury"]));
    expect(doc.agent["source:jane-roe"]?.["prov:type"]).toEqual({ $: "prov:Person", type: "prov:QUALIFIED_NAME" });
    expect(doc.agent["source:treasury"]?.["prov:type"]).toEqual({ $: "prov:Organization", type: "prov:QUALIFIED_NAME" });
  });

  it.each([
    ["article:planet-1", "2020-05-01", "xsd:date", false],
    ["article:wire-1", "2020-05", "xsd:gYearMonth", false],
    ["article:gazette-1", "2020-05-03", "xsd:date", true],
    ["article:planet-2", "2020-05-04T10:30:00Z", "xsd:dateTime", false],
  ])("%s keeps its date %s as %s (estimated: %s)", (key, value, type, estimated) => {
    expect(doc.entity[key]).toMatchObject({ "ct:published": { $: value, type }, "ct:dateEstimated": estimated });
  });

  it("writes copies as wasDerivedFrom, shared quotations as prov:Quotation, quotes as prov:PrimarySource, citations typed ct:Citation", () => {
    expect(derivations(doc).filter((r) => r["ct:edgeKind"] === "copies")).toEqual([
      expect.objectContaining({ "prov:generatedEntity": "article:gazette-1", "prov:usedEntity": "article:planet-1", "ct:credited": false }),
    ]);
    expect(derivations(doc, "prov:Quotation").map((r) => [r["prov:generatedEntity"], r["prov:usedEntity"], r["ct:altered"]])).toEqual(
      expect.arrayContaining([["article:wire-1", "article:planet-1", false], ["article:gazette-1", "article:wire-1", true]]),
    );
    const primary = derivations(doc, "prov:PrimarySource").map((r) => [r["prov:generatedEntity"], r["prov:usedEntity"]]);
    expect(primary).toEqual(expect.arrayContaining([["article:planet-1", "said:source.jane-roe"], ["article:planet-2", "source:leaked-memo"], ["claim:deal-denied", "said:source.jane-roe"]]));
    expect(derivations(doc, "ct:Citation").map((r) => r["prov:usedEntity"])).toEqual(expect.arrayContaining(["article:planet-1", "said:outlet.channel-9"]));
  });

  it("attributes each article to its outlet, and a syndicated one to the outlet of record too", () => {
    const attributions = Object.values(doc.wasAttributedTo).map((r) => [r["prov:entity"], r["prov:agent"]]);
    expect(attributions).toEqual(expect.arrayContaining([["article:planet-2", "outlet:daily-planet"], ["article:planet-2", "outlet:wire"], ["said:source.jane-roe", "source:jane-roe"]]));
  });

  it("keeps one record per graph edge (plus claim conclusions and said-entity attributions)", () => {
    const g = exportFixtureGraph();
    const records = Object.keys(doc.wasDerivedFrom).length + Object.keys(doc.wasAttributedTo).length + Object.keys(doc.wasInfluencedBy).length;
    const saidEntities = Object.keys(doc.entity).filter((k) => k.startsWith("said:")).length;
    const conclusions = g.filterNodes((_k, a) => a.kind === "claim").reduce((n, k) => {
      const a = g.getNodeAttributes(k);
      return a.kind === "claim" ? n + a.origins.length + a.primarySources.length : n;
    }, 0);
    expect(records).toBe(g.size + saidEntities + conclusions);
  });

  it("keeps hostile strings as JSON strings, unchanged", () => {
    expect(doc.entity["article:planet-1"]?.["ct:title"]).toBe(HOSTILE.title);
    expect(doc.agent["outlet:gazette"]?.["prov:label"]).toBe(HOSTILE.outlet);
  });

  it("the shape check itself rejects a derivation without its used entity and an unknown top-level member", () => {
    expect(ProvJson.safeParse({ wasDerivedFrom: { "_:d": { "prov:generatedEntity": "a:b" } } }).success).toBe(false);
    expect(ProvJson.safeParse({ entities: {} }).success).toBe(false);
  });
});

describe("toProvJson elsewhere", () => {
  it("gives unique QNames to ids that sanitise to the same local name", () => {
    const g = bareFixtureGraph();
    const base = g.getNodeAttributes("w-1");
    g.addNode("w 1", base);
    g.addNode("w/1", base);
    const doc = toProvJson(g);
    expect(Object.keys(doc.entity).filter((k) => k.startsWith("article:w")).sort()).toEqual(["article:w-1", "article:w-2", "article:w_1", "article:w_1_2"]);
    expect(typingProblems(doc)).toEqual([]);
  });

  it("is valid on the bundled reference case", async () => {
    const { graph } = await analyseCaseFolder(REFERENCE_CASE);
    const doc = toProvJson(graph);
    expect(ProvJson.safeParse(doc).error).toBeUndefined();
    expect(typingProblems(doc)).toEqual([]);
    expect(Object.keys(doc.entity).filter((k) => k.startsWith("article:"))).toHaveLength(graph.filterNodes((_k, a) => a.kind === "article").length);
  });
});

// An independent PROV implementation: Debian's python3-prov (the `prov` package by PROV-JSON's first author). It may live
// only under the system python, so both interpreters are tried; CI (CLAIMTRAIL_REQUIRE_BROWSER) installs it and must run this.
const PROV_PYTHON = ["python3", "/usr/bin/python3"].find((py) => spawnSync(py, ["-c", "import prov.model"]).status === 0);
const mustRun = Boolean(process.env.CLAIMTRAIL_REQUIRE_BROWSER);

interface ReadProv {
  entities: string[];
  agents: string[];
  derivations: { generated: string; used: string; types: string[] }[];
  attributions: [string, string][];
  influences: number;
  provn_lines: number;
}

describe.skipIf(!PROV_PYTHON && !mustRun)("toProvJson read back by python3-prov", () => {
  it("python3-prov is present when CI requires it", () => {
    expect(PROV_PYTHON).toBeDefined();
  });

  it("reads every entity, agent and relation, with PROV's derivation subtypes, and writes it as PROV-N", () => {
    const doc = toProvJson(exportFixtureGraph());
    const dir = mkdtempSync(path.join(os.tmpdir(), "claimtrail-prov-"));
    try {
      const file = path.join(dir, "fixture.provjson");
      writeFileSync(file, JSON.stringify(doc));
      const read = JSON.parse(execFileSync(PROV_PYTHON ?? "python3", [path.join(import.meta.dirname, "readProv.py"), file], { encoding: "utf8" })) as ReadProv;
      expect(read.entities).toEqual(Object.keys(doc.entity).sort());
      expect(read.agents).toEqual(Object.keys(doc.agent).sort());
      expect(read.derivations).toHaveLength(Object.keys(doc.wasDerivedFrom).length);
      expect(read.attributions).toHaveLength(Object.keys(doc.wasAttributedTo).length);
      expect(read.influences).toBe(Object.keys(doc.wasInfluencedBy).length);
      expect(read.derivations).toEqual(expect.arrayContaining([
        { generated: "article:gazette-1", used: "article:wire-1", types: ["prov:Quotation"] },
        { generated: "article:planet-2", used: "source:leaked-memo", types: ["prov:PrimarySource"] },
        { generated: "article:wire-1", used: "article:planet-1", types: ["ct:Citation"] },
      ]));
      expect(read.provn_lines).toBeGreaterThan(Object.keys(doc.entity).length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
