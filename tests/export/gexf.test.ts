/** GEXF export, read back by networkx (Debian's python3-networkx) as an independent parser: counts, kinds, attributes, dates and colours must survive. */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGexf, type GexfVersion } from "../../src/export/gexf.ts";
import { NODE_COLOURS } from "../../src/export/palette.ts";
import type { ProvenanceGraph } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { bareFixtureGraph, exportFixtureGraph, HOSTILE } from "../fixtures/export/graph.ts";
import { REFERENCE_CASE } from "../helpers.ts";

const READER = path.join(import.meta.dirname, "readGexf.py");
// Debian's python3-networkx lives under the system python; a python3 earlier on PATH (pyenv) may not see it, so both are
// tried. networkx reads GEXF 1.3 from version 3 on; Debian 12 ships 2.8.8, which reads 1.2draft only, so CI (which sets
// CLAIMTRAIL_REQUIRE_BROWSER and installs python3-networkx) must at least run the 1.2draft round trip.
function pythonReading(version: GexfVersion): string | undefined {
  return ["python3", "/usr/bin/python3"].find(
    (py) => spawnSync(py, ["-c", `import sys, networkx.readwrite.gexf as g; sys.exit(0 if "${version}" in g.GEXF.versions else 1)`]).status === 0,
  );
}
const mustRun = Boolean(process.env.CLAIMTRAIL_REQUIRE_BROWSER);

interface ReadNode { id: string; label: string; kind: string; start?: string; viz?: { color?: { r: number; g: number; b: number } }; [k: string]: unknown }
interface ReadEdge { source: string; target: string; id: string; kind: string; weight: number; start?: string; [k: string]: unknown }
interface ReadGraph { graph: Record<string, unknown>; directed: boolean; multigraph: boolean; nodes: ReadNode[]; edges: ReadEdge[] }

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "claimtrail-gexf-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function roundTrip(graph: ProvenanceGraph, name: string, version: GexfVersion, python: string | undefined): ReadGraph {
  const file = path.join(dir, `${name}-${version}.gexf`);
  writeFileSync(file, toGexf(graph, { version }));
  return JSON.parse(execFileSync(python ?? "python3", [READER, file], { encoding: "utf8" })) as ReadGraph;
}

describe("toGexf (pure checks)", () => {
  const xml = toGexf(exportFixtureGraph());
  it("declares GEXF 1.3 and a dynamic graph with date time format", () => {
    expect(xml).toMatch(/<gexf xmlns="http:\/\/gexf\.net\/1\.3"[^>]* version="1\.3">/);
    expect(xml).toMatch(/<graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval">/);
    expect(xml).toMatch(/<edge id="wire-1-&gt;cites-&gt;planet-1" source="wire-1" target="planet-1" kind="cites"/);
  });
  it("writes 1.2draft without what only 1.3 defines (meta title, edge kind, time representation)", () => {
    const old = toGexf(exportFixtureGraph(), { version: "1.2draft" });
    expect(old).toMatch(/<gexf xmlns="http:\/\/www\.gexf\.net\/1\.2draft"[^>]* version="1\.2">/);
    expect(old).not.toMatch(/<title>| kind="|timerepresentation/);
    expect(old).toContain("<description>Fixture case: Minister &lt;script&gt;");
  });
  it("carries no raw markup or XML-illegal characters from the hostile strings", () => {
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<b>");
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(xml).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; the &apos;missing&apos;");
  });
  it("writes a static graph without time format when no article has a date", () => {
    const g = bareFixtureGraph();
    g.forEachNode((k, a) => {
      if (a.kind !== "article") return;
      const { published: _p, datePrecision: _d, dateEstimated: _e, ...undated } = a;
      g.replaceNodeAttributes(k, undated);
    });
    expect(toGexf(g)).toMatch(/mode="static">/);
  });
});

describe.each(["1.3", "1.2draft"] as const)("toGexf %s read back by networkx", (version) => {
  const python = pythonReading(version);
  const required = mustRun && version === "1.2draft";
  if (!python && !required) {
    it.skip(`no networkx that reads GEXF ${version} here`, () => {});
    return;
  }

  it("networkx is present when CI requires it", () => {
    expect(python).toBeDefined();
  });

  describe("fixture graph", () => {
    const graph = exportFixtureGraph();
    let read: ReadGraph;
    beforeAll(() => {
      read = roundTrip(graph, "fixture", version, python);
    });
    const byId = (id: string) => read.nodes.find((n) => n.id === id);

    it("keeps every node and every parallel edge, directed", () => {
      expect(read.directed).toBe(true);
      expect(read.multigraph).toBe(true);
      expect(read.nodes).toHaveLength(graph.order);
      expect(read.edges).toHaveLength(graph.size);
      expect(read.graph.mode).toBe("dynamic");
    });

    it.each(exportFixtureGraph().mapNodes((key, a) => [key, a.kind, a.label] as const))("node %s keeps kind %s and its label", (key, kind, label) => {
      const n = byId(key);
      expect(n?.kind).toBe(kind);
      expect(n?.label).toBe(label.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ""));
      expect(n?.viz?.color).toMatchObject(NODE_COLOURS[kind]);
    });

    it.each(exportFixtureGraph().mapEdges((key, a, s, t) => [key, a.kind, s, t] as const))("edge %s keeps kind %s, ends and weight", (key, kind, s, t) => {
      const e = read.edges.find((x) => x.id === key);
      expect(e).toMatchObject({ kind, source: s, target: t });
      expect(e?.weight).toBeGreaterThanOrEqual(1);
    });

    it("round-trips hostile strings exactly (XML-illegal characters dropped)", () => {
      expect(byId("planet-1")?.title).toBe(HOSTILE.title);
      expect(byId("outlet:gazette")?.label).toBe(HOSTILE.outlet);
      expect(byId("gazette-1")?.title).toBe("Bell and escape chars");
      expect(byId("planet-1")?.url).toBe("https://planet.example/news?id=1&lang=en");
    });

    it.each([
      // [article, timeline start, earliest, latest, precision, estimated]
      ["planet-1", "2020-05-01", "2020-05-01", "2020-05-01", "day", false],
      ["wire-1", "2020-05-01", "2020-05-01", "2020-05-31", "month", false],
      ["gazette-1", "2020-05-03", "2020-04-26", "2020-05-10", "day", true],
      ["planet-2", "2020-05-04", "2020-05-04", "2020-05-04", "time", false],
    ])("article %s starts on the timeline at %s, may date from %s to %s", (id, start, earliest, latest, precision, estimated) => {
      expect(byId(id)).toMatchObject({ start, dateEarliest: earliest, dateLatest: latest, datePrecision: precision, dateEstimated: estimated });
    });

    it("leaves an undated article off the timeline and says nothing about its date", () => {
      const n = byId("undated-1");
      expect(n?.start).toBeUndefined();
      expect(n?.dateEstimated).toBeUndefined();
      expect(n?.dateLabel).toBe("date unknown");
    });

    it("starts outlets, sources and claims with their earliest article, and edges with their later end", () => {
      expect(byId("outlet:daily-planet")?.start).toBe("2020-05-01");
      expect(byId("source:leaked-memo")?.start).toBe("2020-05-04");
      expect(byId("claim:deal-denied")?.start).toBe("2020-05-01");
      expect(read.edges.find((e) => e.id === "gazette-1->copies->planet-1")?.start).toBe("2020-05-03");
    });

    it("keeps typed attributes: booleans, integers, doubles, lists", () => {
      expect(byId("gazette-1")?.outletInferred).toBe(true);
      expect(byId("outlet:channel-9")?.inCase).toBe(false);
      expect(byId("claim:deal-denied")).toMatchObject({ independentSources: 1, outletCount: 3, primarySources: "source:jane-roe" });
      expect(byId("source:leaked-memo")?.sourceType).toBe("document");
      const copy = read.edges.find((e) => e.id === "gazette-1->copies->planet-1");
      expect(copy).toMatchObject({ direction: "dated", credited: false, passages: 1, similarity: 0.97, findings: "single_source_amplification|uncredited_copy" });
      expect(read.edges.find((e) => e.id === "gazette-1->alters_quote->wire-1")?.direction).toBe("unknown");
      expect(byId("planet-2")?.findings).toBe("syndication");
    });
  });

  it("reads the bundled reference case: one node per graph node, one edge per graph edge, kinds intact", async () => {
    const { graph } = await analyseCaseFolder(REFERENCE_CASE);
    const read = roundTrip(graph, "reference", version, python);
    expect(read.nodes).toHaveLength(graph.order);
    expect(read.edges).toHaveLength(graph.size);
    const kinds = (list: { kind: string }[]) => list.map((x) => x.kind).sort();
    expect(kinds(read.nodes)).toEqual(graph.mapNodes((_k, a) => a.kind).sort());
    expect(kinds(read.edges)).toEqual(graph.mapEdges((_k, a) => a.kind).sort());
  });
});
