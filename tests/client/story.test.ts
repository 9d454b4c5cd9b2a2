/** Story mode's steps (story.ts) on the reference case (data/cases/baghdadi-2019) and the synthetic fixture (tests/fixtures/explorer): origin first, re-reports in order, findings, what it rests on; each step lights what it says. */
import { beforeAll, describe, expect, it } from "vitest";
import { BUNDLED_CASE } from "../../src/cli/serve.ts";
import { indexCase, type CaseData } from "../../src/client/data.ts";
import { buildStory, type StoryStep } from "../../src/client/story.ts";
import { articleTime } from "../../src/client/timeline.ts";
import { serializeGraph } from "../../src/graph/build.ts";
import type { ArticleNodeAttrs, ClaimNodeAttrs } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { storyFixture } from "../fixtures/explorer/fixture.ts";

let bundled: CaseData;
let bundledJson: ReturnType<typeof serializeGraph>;
let fixture: CaseData;
beforeAll(async () => {
  const analysis = await analyseCaseFolder(BUNDLED_CASE);
  bundledJson = serializeGraph(analysis.graph);
  bundled = indexCase(analysis.loaded.id, bundledJson);
  fixture = indexCase("story", serializeGraph((await storyFixture()).graph));
}, 120_000);

/** The article a report step is about: the first of its lit articles that carries the claim and is not its source. */
const articlesOf = (d: CaseData, s: StoryStep) => s.nodes.filter((k) => d.nodes.get(k)?.kind === "article");

describe.each([
  ["the reference case", () => bundled],
  ["the fixture story", () => fixture],
])("buildStory on %s", (_name, get) => {
  it("opens with where the claim started and closes with what it rests on; ids are unique, captions plain text", () => {
    const steps = buildStory(get());
    expect(steps.length).toBeGreaterThanOrEqual(3);
    expect(steps[0]!.kind).toBe("origin");
    expect(steps[steps.length - 1]!.kind).toBe("summary");
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
    for (const s of steps) {
      expect(s.caption.length).toBeGreaterThan(20);
      expect(s.caption).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  it("lights only what exists, and every lit edge joins two lit nodes", () => {
    const d = get();
    for (const s of buildStory(d)) {
      expect(s.nodes.length).toBeGreaterThan(0);
      for (const n of s.nodes) expect(d.nodes.has(n), `${s.id}: node ${n}`).toBe(true);
      for (const k of s.edges) {
        const e = d.edges.get(k);
        expect(e, `${s.id}: edge ${k}`).toBeDefined();
        expect(s.nodes.includes(e!.source) && s.nodes.includes(e!.target), `${s.id}: edge ${k} joins lit nodes`).toBe(true);
      }
    }
  });

  it("tells every article that carries the claim, the origin first and the re-reports in date order", () => {
    const d = get();
    const steps = buildStory(d);
    const claim = steps[0]!.nodes.find((k) => d.nodes.get(k)?.kind === "claim")!;
    const c = d.nodes.get(claim) as ClaimNodeAttrs;
    const told = new Set(steps.filter((s) => s.kind === "origin" || s.kind === "report").flatMap((s) => (s.kind === "origin" ? articlesOf(d, s) : [s.id.slice("report:".length), ...articlesOf(d, s)])));
    for (const a of c.articles) expect(told.has(a), a).toBe(true);
    const times = steps.filter((s) => s.kind === "report").map((s) => articleTime(d.nodes.get(s.id.slice("report:".length)) as ArticleNodeAttrs)?.start);
    const dated = times.filter((t): t is number => t !== undefined);
    expect(dated).toEqual([...dated].sort((a, b) => a - b));
  });
});

describe("buildStory's time slider", () => {
  it("moves forward with the re-reports and shows every date for the findings and the summary", () => {
    const steps = buildStory(bundled);
    const told = steps.filter((s) => s.kind === "origin" || s.kind === "report").map((s) => s.until);
    expect(told.every((t) => t !== undefined)).toBe(true);
    expect(told).toEqual([...told].sort((a, b) => a! - b!));
    for (const s of steps.filter((x) => x.kind === "finding" || x.kind === "summary")) expect(s.until).toBeUndefined();
  });
});

describe("buildStory's words on the reference case", () => {
  it("says who printed it first, how each later article took it, and how many independent sources stand behind it", () => {
    const steps = buildStory(bundled);
    expect(steps[0]!.caption).toMatch(/^Asia Times, 28 Mar 2019 is the first in this case to print it: “.+”/);
    const reports = steps.filter((s) => s.kind === "report").map((s) => s.caption);
    expect(reports.some((r) => /SouthFront, c\. 29 Mar 2019 .*takes it from Asia Times, 28 Mar 2019.*changes the words of a quote/.test(r))).toBe(true);
    expect(reports.some((r) => /copies text from its own earlier article without credit/.test(r))).toBe(true);
    expect(steps.some((s) => s.kind === "finding" && s.title === "Quote changed")).toBe(true);
    expect(steps[steps.length - 1]!.caption).toMatch(/3 articles from 2 outlets carry this claim; followed back, they rest on \d+ independent sources?/);
  });

  it("tells one finding of each kind, saying how many more of that kind there are", () => {
    const steps = buildStory(bundled).filter((s) => s.kind === "finding");
    expect(new Set(steps.map((s) => s.title)).size).toBe(steps.length);
  });
});

describe("buildStory on a wire story reprinted by several sites", () => {
  /** A wire's report and four sites that copy it without credit, all the same day after it; one more that cites it. */
  function wireCase(): CaseData {
    const art = (key: string, outletName: string, published: string) => ({
      key,
      attributes: { kind: "article", label: `${outletName}, ${published}`, outlet: `outlet:${outletName.toLowerCase().replace(/\s+/g, "-")}`, outletName, outletInferred: false, published, dateLabel: published, file: `${key}.txt`, body: "The ferry strike ended.", bodyLength: 23, removed: {} },
    });
    const sites = ["Valley Post", "Quillon Gazette", "Harbour Herald", "Orrin Daily"];
    const copies = sites.map((s, i) => art(`a:site${i}`, s, "2024-05-02"));
    const nodes = [
      art("a:wire", "Harbor Wire", "2024-05-01"),
      ...copies,
      art("a:blog", "Orrin Blog", "2024-05-03"),
      { key: "claim:strike", attributes: { kind: "claim", label: "The ferry strike ended", text: "The ferry strike ended.", articles: ["a:wire", ...copies.map((c) => c.key), "a:blog"], outletCount: 6, independentSources: 1, primarySources: [], origins: ["a:wire"], derivedFrom: Object.fromEntries([...copies.map((c) => [c.key, ["a:wire"]]), ["a:blog", ["a:wire"]]]) } },
    ];
    const edges = [
      ...[...copies.map((c) => c.key), "a:blog", "a:wire"].map((a) => ({ key: `asserts:${a}`, source: a, target: "claim:strike", attributes: { kind: "asserts", stance: "true" } })),
      ...copies.map((c) => ({ key: `copies:${c.key}`, source: c.key, target: "a:wire", attributes: { kind: "copies", credited: false, passages: [], direction: "dated", orientedBy: "dates" } })),
      { key: "cites:blog", source: "a:blog", target: "a:wire", attributes: { kind: "cites", evidence: [] } },
    ];
    return indexCase("wire", { options: { type: "directed", multi: true, allowSelfLoops: false }, attributes: {}, nodes, edges } as unknown as Parameters<typeof indexCase>[1]);
  }

  it("tells the reprints that copy one source the same way in one step, and the one that cites it in its own", () => {
    const d = wireCase();
    const reports = buildStory(d, "claim:strike").filter((s) => s.kind === "report");
    expect(reports).toHaveLength(2);
    const [reprints, blog] = reports as [StoryStep, StoryStep];
    expect(reprints.caption).toMatch(/^4 articles repeat it, each taking it from Harbor Wire/);
    expect(reprints.caption).toMatch(/Each copies text from Harbor Wire, 2024-05-01 without credit\.$/);
    for (const s of ["Valley Post", "Quillon Gazette", "Harbour Herald", "Orrin Daily"]) expect(reprints.caption).toContain(s);
    expect(articlesOf(d, reprints)).toHaveLength(5);
    expect(blog.caption).toMatch(/Orrin Blog.*cites Harbor Wire/);
  });

  it("says two articles share the words, not that one took them from the other, where nothing tells which came first", () => {
    const d = wireCase();
    // One reprint undated: its copy's arrow points at the wire only by the drawing's convention.
    const site = d.nodes.get("a:site0") as ArticleNodeAttrs;
    Object.assign(site, { published: undefined, dateLabel: "date unknown" });
    Object.assign(d.edges.get("copies:a:site0")!.attributes, { direction: "unknown", orientedBy: "none" });
    const reports = buildStory(d, "claim:strike").filter((s) => s.kind === "report");
    const told = reports.find((s) => s.caption.includes("Valley Post"))!;
    expect(told.caption).toMatch(/shares it with Harbor Wire, 2024-05-01, and which came first cannot be told: Valley Post shares passages with Harbor Wire\./);
    expect(told.caption).not.toMatch(/takes it from|copies text from/);
    expect(reports.find((s) => /^3 articles repeat it, each taking it from Harbor Wire/.test(s.caption))).toBeDefined();
  });
});

describe("buildStory's first step on a claim others report false", () => {
  it("says who first presented it as true, since a debunk may have printed it earlier", () => {
    const d = indexCase(bundled.id, structuredClone(bundledJson));
    const claim = buildStory(d)[0]!.nodes.find((k) => d.nodes.get(k)?.kind === "claim")!;
    const c = d.nodes.get(claim) as ClaimNodeAttrs;
    const [first, ...others] = c.articles;
    Object.assign(c, { presentedAsTrue: [c.origins[0] ?? first], reportedFalse: others.filter((a) => a !== c.origins[0]), mentionedBy: [] });
    expect(buildStory(d, claim)[0]!.caption).toMatch(/is the first in this case to present it as true: “/);
  });
});

describe("buildStory's first step when the dates order the origins", () => {
  it("names only the origin nothing dates after it; a later one that took it from no article is a report of its own", () => {
    const d = indexCase(bundled.id, structuredClone(bundledJson));
    const claim = buildStory(d)[0]!.nodes.find((k) => d.nodes.get(k)?.kind === "claim")!;
    const c = d.nodes.get(claim) as ClaimNodeAttrs;
    const dated = c.articles.filter((a) => (d.nodes.get(a) as ArticleNodeAttrs).published).sort((a, b) => articleTime(d.nodes.get(a) as ArticleNodeAttrs)!.start - articleTime(d.nodes.get(b) as ArticleNodeAttrs)!.start);
    const [first, later] = [dated[0]!, dated[dated.length - 1]!];
    Object.assign(c, { origins: [first, later] });
    const steps = buildStory(d, claim);
    expect(steps[0]!.caption).toMatch(/ is the first in this case to /);
    expect(steps[0]!.nodes).not.toContain(later);
    expect(steps.some((s) => s.kind === "report" && s.nodes.includes(later))).toBe(true);
  });
});
