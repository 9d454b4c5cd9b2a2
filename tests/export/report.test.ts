/** The readable report: what it says about each claim (origin, timeline, independence, findings, unknowns), and that Markdown and HTML keep every case string as text. */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { NotFoundError } from "../../src/core/errors.ts";
import { buildReport, evidenceInContext, FINDING_TEXT, renderHtml, renderMarkdown, reportHtml, reportMarkdown } from "../../src/export/report.ts";
import type { FindingType } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { bareFixtureGraph, exportFixtureGraph, HOSTILE } from "../fixtures/export/graph.ts";
import { REFERENCE_CASE } from "../helpers.ts";

const graph = exportFixtureGraph();
const report = buildReport(graph);
const claim = (key: string) => report.claims.find((c) => c.key === key);

describe("buildReport", () => {
  it("reports every claim with its origin and independent-source count", () => {
    expect(report.claims.map((c) => c.key)).toEqual(["claim:deal-denied", "claim:memo-exists"]);
    expect(claim("claim:deal-denied")).toMatchObject({ articleCount: 3, outletCount: 3, independentSources: 1, primarySources: ["Jane Roe"] });
    expect(claim("claim:deal-denied")?.origins.map((o) => o.key)).toEqual(["planet-1"]);
    expect(claim("claim:memo-exists")?.origins.map((o) => o.key)).toEqual(["planet-2", "undated-1"]);
  });

  it("orders the timeline by date, then by citation, and flags entries nothing orders", () => {
    const steps = claim("claim:deal-denied")?.timeline ?? [];
    expect(steps.map((s) => [s.article.key, s.order, s.orderUncertain])).toEqual([
      ["planet-1", "first", false],
      ["wire-1", "inferred", false], // May 2020 (month only) holds 1 May, but it cites the Daily Planet of 1 May
      ["gazette-1", "uncertain", true], // c. 3 May (estimated) overlaps May 2020, and neither takes from the other
    ]);
    expect(steps[1]?.inferredAfter?.map((a) => a.key)).toEqual(["planet-1"]);
    expect(steps.map((s) => s.article.dateLabel)).toEqual(["1 May 2020", "May 2020 (month only)", "c. 3 May 2020 (estimated)"]);
  });

  it.each([
    ["gazette-1", /reuses 1 passage of Daily Planet, 1 May 2020, without naming it/],
    // Nothing orders gazette-1 and wire-1: the words take no side.
    ["gazette-1", /prints a quotation Wire Service, May 2020 \(month only\) also prints, with other words: "never agreed to anything" there, "never agreed to 5%" here; which came first cannot be told from the dates/],
    ["wire-1", /cites Daily Planet, 1 May 2020 as its source \("reported", dated "May 1" in the text\)/],
    ["wire-1", /quotes or relies on Jane Roe, second-hand through Daily Planet, 1 May 2020/],
  ])("says how %s got the claim: %s", (article, sentence) => {
    const step = claim("claim:deal-denied")?.timeline.find((s) => s.article.key === article);
    expect(step?.how.join("\n")).toMatch(sentence);
  });

  it("files each finding under its claim, and lists findings tied to no claim once, apart", () => {
    expect(claim("claim:deal-denied")?.findings.map((f) => f.id)).toEqual(["f1", "f2"]);
    expect(claim("claim:memo-exists")?.findings.map((f) => f.id)).toEqual([]);
    expect(report.otherFindings.map((f) => f.id)).toEqual(["f3", "f4"]);
    const altered = claim("claim:deal-denied")?.findings.find((f) => f.type === "altered_quote");
    expect(altered?.evidence.map((e) => e.where)).toEqual(["Wire Service, May 2020 (month only) (wire-1)", `${HOSTILE.outlet}, c. 3 May 2020 (estimated) (gazette-1)`]);
  });

  it.each([
    [/Which of Wire Service, May 2020 \(month only\) and Daily Planet, 1 May 2020 came first/],
    [/cites Channel 9, whose report is not in the case/],
    [/The outlet of gazette-1 .* was inferred/],
    [/The date of .* c\. 3 May 2020 \(estimated\) is an estimate/],
    [/Wire Service, May 2020 \(month only\) is dated only to the month/],
    [/undated-1 has no publication date/],
    [/anonymous sources \("an official who asked not to be named"\)/],
    [/articles\/broken\.html: not UTF-8; skipped \(not read\)/],
    [/articles\/gazette\.txt: .* \(read with a caveat\)/],
  ])("lists what could not be determined: %s", (pattern) => {
    expect(report.unknowns.join("\n")).toMatch(pattern);
  });

  it("reports one claim when asked, counting the findings it leaves out and scoping the unknowns", () => {
    const one = buildReport(graph, { claim: "deal-denied" });
    expect(one.focus).toBe("claim:deal-denied");
    expect(one.claims.map((c) => c.key)).toEqual(["claim:deal-denied"]);
    // f3 has no claim, but both its articles are on this claim's paths: it belongs in this claim's report.
    expect(one.claims[0]?.findings.map((f) => f.id)).toEqual(["f1", "f2", "f3"]);
    expect(one.otherFindings).toEqual([]);
    expect(one.findingsNotShown).toBe(1);
    expect(one.unknowns.join("\n")).not.toMatch(/undated-1/);
    expect(one.unknowns.join("\n")).toMatch(/broken\.html/);
  });

  it.each(["claim:nope", "planet-1"])("refuses %s as a claim, naming the claims there are", (wanted) => {
    expect(() => buildReport(graph, { claim: wanted })).toThrow(NotFoundError);
    expect(() => buildReport(graph, { claim: wanted })).toThrow(/claim:deal-denied, claim:memo-exists/);
  });

  it.each(Object.entries(FINDING_TEXT) as [FindingType, { title: string; meaning: string }][])("explains finding type %s in plain words", (_type, text) => {
    expect(text.title.length).toBeGreaterThan(5);
    expect(text.meaning).toMatch(/^[A-Z].{20,}\.$/);
    expect(text.meaning).not.toMatch(/_/);
  });
});

describe("renderMarkdown", () => {
  const md = renderMarkdown(report);

  it("has the sections a fact-checker expects, in order", () => {
    const headings = md.split("\n").filter((l) => l.startsWith("#"));
    expect(headings.slice(0, 3)).toEqual([expect.stringMatching(/^# Provenance report: /), "## Articles in the case", "## Claim: The minister denied a deal"]);
    expect(headings).toEqual(expect.arrayContaining(["### Origin", "### How it spread", "### Independent sources", "### Findings", "## What claimtrail could not determine"]));
  });

  it("keeps hostile strings as text: no raw tag, entity or control character survives", () => {
    expect(md).not.toMatch(/(^|[^\\])<[a-z/!]/im);
    expect(md).not.toMatch(/(^|[^\\])&/m);
    expect(md).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
    expect(md).toContain("Minister \\<script\\>alert");
  });

  it("quotes evidence with where it comes from", () => {
    expect(md).toContain("> “never agreed to anything”\n> — Wire Service, May 2020 (month only) (wire-1)");
    // Evidence that carries its own quotation marks is not wrapped twice.
    expect(md).toContain('> "We never \\<em\\>agreed');
  });

  it("still works on a graph without claims or findings, and says so", () => {
    const bare = reportMarkdown(bareFixtureGraph());
    expect(bare).toMatch(/claimtrail has not grouped any claims in this case/);
    expect(bare).toMatch(/Wire Service, 2021 \(year only\) is dated only to the year/);
    expect(bare).toContain("## What claimtrail could not determine");
  });
});

describe("renderHtml", () => {
  const html = renderHtml(report);
  const { document } = parseHTML(html);

  it("is one self-contained page: no script, no external resource, a CSP that forbids both", () => {
    expect(document.querySelectorAll("script, link, iframe, object, embed, img").length).toBe(0);
    expect(document.querySelectorAll("style").length).toBe(1);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")).toMatch(/default-src 'none'/);
    for (const el of document.querySelectorAll("*")) {
      for (const attr of el.attributes) expect(attr.name).not.toMatch(/^on/i);
    }
  });

  it("keeps hostile strings as text and links only to web addresses", () => {
    expect(document.querySelector("title")?.textContent).toBe(`Provenance report: Fixture case: ${HOSTILE.title}`);
    expect(document.body.textContent).toContain(HOSTILE.outlet);
    expect(document.querySelectorAll("b, em").length).toBe(0);
    const hrefs = [...document.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it("shows each claim's timeline, findings with evidence and the unknowns", () => {
    expect([...document.querySelectorAll("h2")].map((e) => e.textContent)).toEqual([
      "Articles in the case", "Claim: The minister denied a deal", "Claim: A memo sets the price", "Findings not tied to one claim", "What claimtrail could not determine",
    ]);
    expect(document.querySelectorAll("ol.timeline").length).toBe(2);
    expect(document.querySelectorAll(".finding blockquote").length).toBe(5);
  });

  it("still works on a graph without claims", () => {
    const { document: bare } = parseHTML(reportHtml(bareFixtureGraph()));
    expect(bare.body.textContent).toMatch(/claimtrail has not grouped any claims in this case/);
  });
});

describe("report on the bundled reference case", () => {
  it("lists every article and is honest about the estimated 2017 date", async () => {
    const { graph: ref } = await analyseCaseFolder(REFERENCE_CASE);
    const md = reportMarkdown(ref);
    ref.forEachNode((key, a) => {
      if (a.kind === "article") expect(md).toContain(key);
    });
    expect(md).toMatch(/Middle East Monitor, c\. Mar 2017 \(month only, estimated\)/);
    const { document } = parseHTML(reportHtml(ref));
    expect(document.querySelectorAll("script").length).toBe(0);
  });
});

describe("readings below the confidence findings use", () => {
  it("are written as 'possibly' with their words, and listed among what could not be determined", () => {
    const g = exportFixtureGraph();
    g.mergeEdgeAttributes("gazette-1->cites->outlet:channel-9", { confidence: 0.5, rule: "en.according_to/frame-only" });
    const md = reportMarkdown(g);
    expect(md).toMatch(/possibly cites Channel 9 as its source/);
    expect(md).toMatch(/Whether Channel 9 is an outlet at all/);
    expect(reportMarkdown(exportFixtureGraph())).not.toMatch(/possibly cites/);
  });
});

describe("who first reported a claim false", () => {
  it("is written under the claim's origin, from its 'Reported false' claim, and the minor claim gets no section of its own", () => {
    const g = exportFixtureGraph();
    g.addNode("claim:reported-false-a-memo-sets-the-price", {
      kind: "claim", label: "Reported false: A memo sets the price", text: "the memo is a fake", articles: ["wire-1", "gazette-1"], outletCount: 2,
      independentSources: 0, primarySources: [], origins: ["wire-1", "gazette-1"], main: false, debunks: "claim:memo-exists",
    });
    const md = reportMarkdown(g);
    expect(md).toMatch(/First reported false in [^\n]*\(wire-1\), as far as the dates and citations tell \(2 articles report it false\)/);
    expect(md).not.toMatch(/## Claim: Reported false/);
    expect(reportMarkdown(exportFixtureGraph())).not.toMatch(/First reported false/);
    const { document } = parseHTML(reportHtml(g));
    expect(document.body.textContent).toMatch(/First reported false in/);
  });
});

describe("independent sources of a claim told both ways", () => {
  it("are counted against the articles that present it as true, not the debunks that quote it", () => {
    const g = exportFixtureGraph();
    g.mergeNodeAttributes("claim:deal-denied", { presentedAsTrue: ["planet-1"], reportedFalse: ["wire-1", "gazette-1"], mentionedBy: [] });
    const md = reportMarkdown(g);
    expect(md).toMatch(/1 article from 1 outlet presents this claim as true\. Followed back/);
    expect(md).not.toMatch(/3 articles from 3 outlets state this claim/);
    // Told one way only, the sentence is as before.
    expect(reportMarkdown(exportFixtureGraph())).toMatch(/3 articles from 3 outlets state this claim/);
  });
});

describe("the origin of a claim others report false", () => {
  it("is where it was first presented as true, not where it first appears: a debunk may have printed it earlier", () => {
    const g = exportFixtureGraph();
    g.mergeNodeAttributes("claim:deal-denied", { presentedAsTrue: ["planet-1"], reportedFalse: ["wire-1", "gazette-1"], mentionedBy: [], origins: ["planet-1"] });
    expect(reportMarkdown(g)).toMatch(/First presented as true in [^\n]*\(planet-1\)/);
    const { document } = parseHTML(reportHtml(g));
    expect(document.body.textContent).toMatch(/First presented as true in/);
    // Told one way only, the origin is where it first appears.
    expect(reportMarkdown(exportFixtureGraph())).toMatch(/First appears in/);
    expect(reportMarkdown(exportFixtureGraph())).not.toMatch(/First presented as true/);
  });
});

describe("how an article took a claim, in the report's timeline", () => {
  it("says it takes the claim from an article only where the texts tell which came first; else that the two share its words", () => {
    const g = exportFixtureGraph();
    // gazette-1 copies planet-1 (the dates order them) and changes a quote of wire-1 (nothing orders those two).
    g.mergeNodeAttributes("claim:deal-denied", { derivedFrom: { "wire-1": ["planet-1"], "gazette-1": ["planet-1", "wire-1"] } });
    const md = reportMarkdown(g);
    expect(md).toMatch(/takes this claim from Daily Planet[^\n]*\n\s+- shares this claim's words with Wire Service[^\n]*; which came first cannot be told/);
    expect(md).not.toMatch(/takes this claim from Daily Planet[^\n]* and Wire Service/);
  });
});

describe("origins the dates order", () => {
  it("names as first only the origins nothing dates after the first; the others carry it later, taken from no article", () => {
    const g = exportFixtureGraph();
    // planet-1 (1 May) is three days before planet-2 (4 May): both take the claim from no article of the case.
    g.mergeNodeAttributes("claim:deal-denied", { origins: ["planet-1", "planet-2"] });
    const c = buildReport(g).claims.find((x) => x.key === "claim:deal-denied");
    expect(c?.origins.map((o) => o.key)).toEqual(["planet-1"]);
    expect(c?.laterOrigins.map((o) => o.key)).toEqual(["planet-2"]);
    const md = reportMarkdown(g);
    expect(md).toMatch(/First appears in [^\n]*\(planet-1\)\./);
    expect(md).toMatch(/Later, [^\n]*\(planet-2\) also carries it, taken from no other article of the case\./);
    // An undated origin cannot be ordered: it stays beside the first.
    expect(claim("claim:memo-exists")?.origins.map((o) => o.key)).toEqual(["planet-2", "undated-1"]);
  });
});

describe("unnamed sources described alike", () => {
  const fm = (outlet: string, date: string, body: string) => `---\noutlet: ${outlet}\npublished: ${date}\nlanguage: en\n---\n${body}\n`;
  const report = async (who: string) => {
    const { makeCase } = await import("../helpers.ts");
    const root = await makeCase({
      "a.md": fm("Harbour Ledger", "2024-09-03", `The transport ministry is preparing to scrap the rural ferry subsidy next year, ${who} told the Harbour Ledger.\n\nThe subsidy supports 40 ferry routes.`),
      "b.md": fm("Valley Post", "2024-09-04", `The transport ministry intends to end the rural ferry subsidy next year, according to ${who}.\n\nMost of the routes cross the northern lakes.`),
    });
    return reportMarkdown((await analyseCaseFolder(root)).graph);
  };

  it("are told apart by the article that names each, since whether they are the same people cannot be told", async () => {
    expect(await report("sources close to the talks")).toMatch(/sources close to the talks \(in Harbour Ledger, 3 Sep 2024\); sources close to the talks \(in Valley Post, 4 Sep 2024\)/);
  });

  it("count as one where they speak from one institution, and the report says which they stand for (the anonymous echo)", async () => {
    const md = await report("sources close to the ministry");
    expect(md).toContain("it rests on 1 independent primary source: sources close to the ministry.");
    expect(md).toContain("“sources close to the ministry” stands for 2 anonymous sources of the ministry in different reports (“sources close to the ministry” in Harbour Ledger, 3 Sep 2024; “sources close to the ministry” in Valley Post, 4 Sep 2024)");
  });
});

describe("a finding's evidence as the report quotes it", () => {
  it("quotes a cue too short to read alone ('No', 'smentisce') with its sentence or its headline, and longer words as they are", () => {
    const g = bareFixtureGraph();
    const body = "The claim spread on Monday. No, the port was never sold. Officials said so.";
    g.mergeNodeAttributes("w-1", { title: "Il ministero smentisce: il porto non è venduto", body, bodyLength: body.length });
    const at = body.indexOf("No,");
    expect(evidenceInContext(g, { article: "w-1", start: at, end: at + 2, text: "No" })).toBe("No, the port was never sold.");
    expect(evidenceInContext(g, { article: "w-1", start: -1, end: -1, text: "smentisce" })).toBe("Il ministero smentisce: il porto non è venduto");
    expect(evidenceInContext(g, { article: "w-1", start: 0, end: 27, text: "The claim spread on Monday." })).toBe("The claim spread on Monday.");
  });
});
