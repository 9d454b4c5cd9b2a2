import path from "node:path";
import { describe, expect, it } from "vitest";
import { traceOrigin } from "../../src/analyse/trace.ts";
import { reportMarkdown } from "../../src/export/report.ts";
import type { ClaimNodeAttrs, FindingType } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase, REFERENCE_CASE, REPO } from "../helpers.ts";

const CASES = path.join(REPO, "tests/fixtures/cases");

describe("provenance on the reference case", async () => {
  const analysis = await analyseCaseFolder(REFERENCE_CASE);
  const { graph } = analysis;
  const findings = graph.getAttribute("findings");
  const claimNodes = graph.filterNodes((_n, a) => a.kind === "claim").map((k) => ({ key: k, ...(graph.getNodeAttributes(k) as ClaimNodeAttrs) }));
  const homs = claimNodes.find((c) => c.articles.includes("southfront-2019-04-28") && c.articles.includes("asiatimes-2019-03-28"));

  it("groups the Homs desert / Badia claim across three articles from two outlets, and keeps the Iraq-desert reports apart", () => {
    expect(homs?.articles).toEqual(["asiatimes-2019-03-28", "southfront-2019-03-29", "southfront-2019-04-28"]);
    expect(homs?.outletCount).toBe(2);
    expect(claimNodes.some((c) => c.articles.includes("memo-2017-03") || c.articles.includes("theaustralian-2019-03"))).toBe(false);
  });

  it("traces the claim to Asia Times, and counts its sources: Asia Times's plus one anonymous Iraqi official relayed by al-Khaleej", () => {
    expect(homs?.origins).toEqual(["asiatimes-2019-03-28"]);
    const sources = (homs?.primarySources ?? []).map((k) => graph.getNodeAttributes(k));
    expect(sources.some((s) => s.kind === "source" && s.sourceType === "anonymous" && /syria/i.test(s.label))).toBe(true);
    expect(sources.some((s) => s.kind === "source" && s.sourceType === "anonymous" && /iraqi intelligence official/i.test(s.label))).toBe(true);
    // Hisham al-Hashemi, named by Asia Times and relayed by SouthFront, is one of Asia Times's sources for it: relayed
    // through an article that names him, he moves to that article, he is not lost.
    expect(sources.some((s) => s.kind === "source" && s.label === "Hisham al-Hashemi")).toBe(true);
    expect(homs?.restsOn?.["asiatimes-2019-03-28"]).toContain("source:hisham-al-hashemi");
    // Fewer independent sources than the claim has repetitions-plus-sources would suggest: nothing from SouthFront itself.
    expect(sources.some((s) => s.kind === "outlet" && /southfront/i.test(s.label))).toBe(false);
    const amplification = findings.find((f) => f.type === "single_source_amplification");
    expect(amplification?.explanation).toMatch(/Only one of them, Asia Times \(28 Mar 2019\), tells it first/);
    expect(amplification?.explanation).toMatch(/independent sources: [^.]*Hisham al-Hashemi and an Iraqi intelligence official \(unnamed; added by a later article, relayed by Al-Khaleej\)\./);
  });

  it.each<[FindingType, string[]]>([
    ["single_source_amplification", ["asiatimes-2019-03-28", "southfront-2019-03-29", "southfront-2019-04-28"]],
    ["recycled_quote", ["asiatimes-2019-03-28", "southfront-2019-03-29", "southfront-2019-04-28"]],
    ["altered_quote", ["asiatimes-2019-03-28", "southfront-2019-03-29"]],
    ["unsupported_attribution", ["southfront-2019-03-29", "southfront-2019-04-28", "asiatimes-2019-03-28"]],
    ["number_drift", ["asiatimes-2019-03-28", "southfront-2019-03-29"]],
    ["attribution_drift", ["asiatimes-2019-03-28", "southfront-2019-03-29"]],
    ["uncredited_copy", ["southfront-2019-04-28", "southfront-2019-03-29"]],
    ["syndication", ["theaustralian-2019-03"]],
  ])("finds %s among %j, with evidence and plain words", (type, articles) => {
    const hit = findings.find((f) => f.type === type && articles.every((a) => f.articles.includes(a)));
    expect(hit, JSON.stringify(findings.map((f) => [f.type, f.articles]))).toBeDefined();
    expect(hit?.explanation.length).toBeGreaterThan(40);
    expect(hit?.explanation).not.toMatch(/\b(?:asiatimes|southfront|theaustralian)-\d{4}/);
    if (type !== "syndication") expect(hit?.evidence.length).toBeGreaterThan(0);
    for (const e of (hit?.evidence ?? []).filter((x) => x.start >= 0)) {
      const body = graph.getNodeAttribute(e.article, "kind") === "article" ? (graph.getNodeAttributes(e.article) as { body: string }).body : "";
      expect(body.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it("says who printed the recycled quotation first: the estimated SouthFront date cannot order it, but SouthFront cites Asia Times", () => {
    expect(findings.find((f) => f.type === "recycled_quote")?.explanation).toMatch(/^Hisham al-Hashemi's quotation "Certainly he is still alive.*" first appeared in Asia Times \(28 Mar 2019\)\. SouthFront \(c\. 29 Mar 2019\) and SouthFront \(c\. 28 Apr 2019\) repeat it/);
  });

  it("finds exactly the eight findings a careful reader lists, one per finding (both SouthFront articles in one unsupported attribution)", () => {
    expect(findings.map((f) => f.type).sort()).toEqual(
      ["altered_quote", "attribution_drift", "number_drift", "recycled_quote", "single_source_amplification", "syndication", "uncredited_copy", "unsupported_attribution"],
    );
  });

  it("says which way the uncredited copy travelled", () => {
    expect(findings.find((f) => f.type === "uncredited_copy")?.explanation).toMatch(/the text travelled Asia Times \(28 Mar 2019\) → SouthFront \(c\. 29 Mar 2019\) → SouthFront \(c\. 28 Apr 2019\)/);
  });

  it("shows the bracketed edit of the altered quotation in the explanation", () => {
    expect(findings.find((f) => f.type === "altered_quote")?.explanation).toContain('"[to the Badia]" became "[to the Homs desert]"');
  });

  it("involves the 2017 Middle East Monitor story in no finding, and finds no circular reporting", () => {
    expect(findings.filter((f) => f.articles.includes("memo-2017-03"))).toEqual([]);
    expect(findings.filter((f) => f.type === "circular_reporting")).toEqual([]);
  });

  it("reports, per article, what it rests the claim on and whom it took it from", () => {
    const md = reportMarkdown(graph, { claim: homs?.key ?? "" });
    expect(md).toMatch(/SouthFront, c\. 29 Mar 2019[^\n]*\n\s+- takes this claim from Asia Times, 28 Mar 2019/);
    expect(md).toMatch(/rests this claim on an Iraqi intelligence official/);
    // SouthFront cites Asia Times, so their overlapping dates do not leave the order open.
    expect(md).not.toMatch(/Asia Times, 28 Mar 2019, and names it; which came first cannot be told/);
  });

  it("traces southfront-2019-04-28 back through SouthFront's earlier article to Asia Times and al-Khaleej", () => {
    const trace = traceOrigin(graph, "southfront-2019-04-28");
    expect(trace.articles).toEqual(["asiatimes-2019-03-28", "southfront-2019-03-29", "southfront-2019-04-28"]);
    expect(trace.origins).toEqual(["asiatimes-2019-03-28"]);
    // SouthFront's estimated date overlaps Asia Times's: what puts Asia Times first is that SouthFront cites and copies it.
    expect(trace.originOrder).toBe("relations");
    expect(trace.tree.children.some((c) => c.key === "outlet:al-khaleej" && c.edge === "cites")).toBe(true);
    expect(traceOrigin(graph, homs?.key ?? "").primarySources).toEqual(homs?.primarySources);
  });
});

describe("provenance on probe cases", () => {
  it("finds circular reporting when two outlets confirm each other", async () => {
    const { graph } = await analyseCaseFolder(path.join(CASES, "circular-harbour"));
    // "The Herald quoted …" after "according to the Harbour Herald" is the same outlet, not a new one.
    expect(graph.hasNode("outlet:herald")).toBe(false);
    expect(graph.edges("post-2021-05-04", "herald-2021-05-03").map((e) => graph.getEdgeAttribute(e, "kind"))).toContain("cites");
    const circular = graph.getAttribute("findings").filter((f) => f.type === "circular_reporting");
    expect(circular).toHaveLength(1);
    expect(circular[0]?.articles).toEqual(expect.arrayContaining(["post-2021-05-04", "herald-2021-05-06"]));
    expect(circular[0]?.articles).not.toContain("valley-2021-05-05");
    expect(circular[0]?.explanation).toMatch(/Coastline Post and Harbour Herald|Harbour Herald and Coastline Post/);
    const claim = graph.filterNodes((_n, a) => a.kind === "claim").map((k) => graph.getNodeAttributes(k) as ClaimNodeAttrs).find((c) => c.articles.length === 3);
    expect(claim?.origins).toEqual(["herald-2021-05-03"]);
    expect(claim?.independentSources).toBe(1);
  });

  it("counts one unnamed official once however the claim travels, and sees it restated after the debunk", async () => {
    const { graph } = await analyseCaseFolder(path.join(CASES, "anonymous-chain"));
    const claim = graph.filterNodes((_n, a) => a.kind === "claim").map((k) => ({ key: k, ...(graph.getNodeAttributes(k) as ClaimNodeAttrs) })).find((c) => /triple its fees/.test(c.label));
    const stance = (article: string) => graph.filterEdges(article, claim?.key ?? "", (_e, a) => a.kind === "asserts").map((e) => (graph.getEdgeAttributes(e) as { stance?: string }).stance)[0];
    // "a senior official who asked not to be named told …": the "not" describes the source, it does not deny the claim.
    expect(stance("a1")).toBe("true");
    expect(stance("a3")).toBe("true");
    expect(stance("a5")).toBe("false");
    expect(claim?.origins[0]).toBe("a1");
    // The uncredited copy (a3) carries a1's official with it: one anonymous official, not two. (The restatement's
    // "reports say" is an unnamed source of its own.)
    const officials = (claim?.primarySources ?? []).filter((s) => graph.hasNode(s) && /official/.test(graph.getNodeAttribute(s, "label")));
    expect(officials).toEqual(["source:a1--official"]);
    const findings = graph.getAttribute("findings");
    // The same quotation credited to the same unnamed official in two articles is no drift.
    expect(findings.filter((f) => f.type === "attribution_drift")).toEqual([]);
    expect(findings.find((f) => f.type === "uncredited_copy")?.articles).toEqual(["a3", "a1"]);
    const outlived = findings.find((f) => f.type === "claim_outlives_debunk");
    expect(outlived?.articles).toEqual(["a6", "a5"]);
  });

  it("traces a laundered satire to the satire site, and calls that laundering, not a claim outliving its debunk", async () => {
    const { graph } = await analyseCaseFolder(path.join(CASES, "satire-laundered"));
    const claim = graph.filterNodes((_n, a) => a.kind === "claim").map((k) => graph.getNodeAttributes(k) as ClaimNodeAttrs).find((c) => /traffic lights/.test(c.label));
    // The articles presenting it as true took it from the satire site: that is what they rest on.
    expect(claim?.primarySources).toEqual(["outlet:quill-gazette"]);
    const findings = graph.getAttribute("findings");
    expect(findings.some((f) => f.type === "laundering" && f.articles.includes("s1") && f.articles.includes("s2"))).toBe(true);
    // The only correction (s4) came after every restatement; the satire the story was taken from is its source.
    expect(findings.filter((f) => f.type === "claim_outlives_debunk")).toEqual([]);
  });

  it("counts a syndication credit as crediting the copy, and a source described by their role as the same source", async () => {
    const { graph } = await analyseCaseFolder(path.join(CASES, "port-closure"));
    const findings = graph.getAttribute("findings");
    expect(findings.filter((f) => f.type === "uncredited_copy")).toEqual([]);
    expect(findings.filter((f) => f.type === "attribution_drift")).toEqual([]);
    // The syndicating article first, then the outlet of record's own article that carries the same text.
    expect(findings.find((f) => f.type === "syndication")?.articles).toEqual(["post-2021-05-05", "ledger-2021-05-04"]);
    const copy = graph.filterEdges("post-2021-05-05", "ledger-2021-05-04", (_e, a) => a.kind === "copies")[0];
    const attrs = copy ? graph.getEdgeAttributes(copy) : undefined;
    expect(attrs?.kind === "copies" && attrs.credited).toBe(true);
  });

  it("reads a wire dateline as syndication and the wire's own interview as no citation", async () => {
    const { graph } = await analyseCaseFolder(path.join(CASES, "wire-bridge"));
    const kinds = (from: string) => graph.outEdges(from).map((e) => `${graph.getEdgeAttribute(e, "kind")}->${graph.target(e)}`);
    expect(kinds("yahoo")).toContain("republishes->outlet:reuters");
    expect(kinds("yahoo")).not.toContain("cites->reuters");
    expect(graph.getAttribute("findings").find((f) => f.type === "syndication")?.articles[0]).toBe("yahoo");
    // "according to Transport for London figures": an organisation's data, not an outlet called "Transport".
    expect(graph.hasNode("source:transport-for-london")).toBe(true);
    expect(graph.filterNodes((_n, a) => a.kind === "outlet" && /transport/i.test(a.label))).toEqual([]);
  });

  it("reads a Russian article: its attribution frames, «» quotations and the outlet it cites, with no garbage sources", async () => {
    const root = await makeCase({
      "ru.txt": [
        "---\noutlet: Vedomosti\npublished: 2022-09-14\n---",
        "Как сообщает ТАСС, мост через реку будет закрыт на ремонт до конца года.",
        "«Мы не можем рисковать жизнями людей», — заявил глава администрации Игорь Петров.",
        "По данным РБК, ремонт обойдётся в два миллиарда рублей.",
      ].join("\n\n"),
    });
    const { graph, readings } = await analyseCaseFolder(root);
    const reading = readings[0];
    expect(reading?.language).toBe("ru");
    expect(graph.outEdges("ru").filter((e) => graph.getEdgeAttribute(e, "kind") === "cites").map((e) => graph.target(e)).sort()).toEqual(["outlet:tass", "outlet:рбк"]);
    expect(reading?.quotations.find((q) => q.kind === "quotation")?.span.text).toBe("«Мы не можем рисковать жизнями людей»");
    // The speaker after the quotation, role before name: "— заявил глава администрации Игорь Петров".
    const sources = graph.filterNodes((_n, a) => a.kind === "source").map((k) => graph.getNodeAttributes(k));
    expect(sources).toEqual([expect.objectContaining({ label: "Игорь Петров", sourceType: "named", role: "глава администрации" })]);
  });

  it("finds a short altered quotation by its speaker, and leaves a writer's own lead-in out of what a citation claims", async () => {
    const { graph } = await analyseCaseFolder(path.join(CASES, "coffee-study"));
    expect(graph.hasNode("source:helen-marsh")).toBe(true);
    const findings = graph.getAttribute("findings");
    expect(findings.find((f) => f.type === "altered_quote")?.explanation).toContain('"an association, not" was dropped');
    expect(findings.filter((f) => f.type === "unsupported_attribution")).toEqual([]);
    expect(findings.find((f) => f.type === "uncredited_copy")?.articles).toEqual(["tabloid", "press"]);
  });

  it.each([
    ["30,000", true],
    ["22,500", false],
  ])("a figure of the same thing restated as %s is number drift: %s", async (later, drift) => {
    const root = await makeCase({
      "a.txt": "---\noutlet: City Gazette\npublished: 2021-03-01\n---\nThe old bridge carries about 22,000 vehicles a day, according to the city's traffic office, and will close for repairs in May.\n\nEngineers found cracks in two of its piers during an inspection last month, the office said.\n",
      "b.txt": `---\noutlet: Evening Courier\npublished: 2021-03-03\n---\nThe old bridge carries about ${later} vehicles a day and will close for repairs in May, the City Gazette reported.\n\nThe closure will cause chaos for commuters, local shop owners warned.\n`,
    });
    const { graph } = await analyseCaseFolder(root);
    const found = graph.getAttribute("findings").filter((f) => f.type === "number_drift");
    expect(found.length > 0).toBe(drift);
    if (drift) expect(found[0]?.explanation).toContain(`"about 22,000 vehicles"; Evening Courier (3 Mar 2021) retells it as "about ${later} vehicles"`);
  });

  it("reads a satire site's own page as satire, so the blogs that run its story as news launder it and amplify one joke", async () => {
    const story = "Parcel company Northpost will replace its delivery vans with forty thousand trained pigeons by next spring, chief executive Gordon Herald announced on Monday.";
    const root = await makeCase({
      "pickle.html": `<!doctype html><html><head><title>Northpost swaps vans for pigeons</title><meta property="article:published_time" content="2026-05-01"><meta property="og:site_name" content="The Salt Pickle"></head><body><nav><a href="/">Home</a> | <a href="/about">About: The Salt Pickle is a satirical publication</a></nav><article><h1>Northpost swaps vans for pigeons</h1><p>${story}</p><p>"Pigeons never strike and never need diesel," Mr Herald told shareholders at the company's annual meeting in the port.</p><p>Trials on the island routes start in June, the company said, and drivers will be retrained as pigeon handlers over the summer months.</p></article><footer>All stories are satire.</footer></body></html>`,
      "viral.txt": `---
outlet: Viral Daily
published: 2026-05-02
---
${story}

The announcement was first reported by The Salt Pickle, and social media users were quick to share it.
`,
      "buzz.txt": `---
outlet: Buzz Wire
published: 2026-05-03
---
${story}

Shares in the company rose after the news, traders said.
`,
      "blog.txt": `---
outlet: Morning Blog
published: 2026-05-04
---
${story}

Readers wrote in to say they had seen pigeons at the depot.
`,
    });
    const { graph } = await analyseCaseFolder(root);
    const findings = graph.getAttribute("findings");
    expect(findings.some((f) => f.type === "laundering" && f.articles.includes("pickle"))).toBe(true);
    const amplified = findings.find((f) => f.type === "single_source_amplification");
    expect(amplified?.explanation).toMatch(/every one of them traces back to The Salt Pickle \(1 May 2026\), which reports it as false, satire or doubtful/);
  });

  it("does not charge a fact a correction repeats with outliving it: the correction's verdict is about the figure it corrects", async () => {
    const ostrow = "Harbour master Lena Ostrow declined to comment on the figures when reporters reached her at the quay on Tuesday.";
    const root = await makeCase({
      "a.md": `---\noutlet: Harbour Ledger\npublished: 2024-03-10\ntitle: Port to close forty berths\n---\nThe port of Valmar will close forty berths next year to save money, sources close to the board said on Tuesday.\n\n${ostrow}\n\nFishermen said the closures would ruin the northern harbour.\n`,
      "b.md": `---\noutlet: Harbour Ledger\npublished: 2024-03-11\ntitle: Port to close fourteen berths\n---\nCorrection: on Tuesday the Harbour Ledger reported that the port would close forty berths. That is incorrect: the board plans to close fourteen.\n\nThe board confirmed the figure on Wednesday and said no decision had been taken yet.\n\n${ostrow}\n`,
      "c.md": `---\noutlet: Coast Daily\npublished: 2024-03-12\ntitle: Berth closures worry fishermen\n---\nFishermen in Valmar fear for their livelihoods as the board weighs closing berths in the northern harbour.\n\n${ostrow}\n\nThe fishermen's union will meet on Friday to discuss the plans.\n`,
    });
    const { graph } = await analyseCaseFolder(root);
    expect(graph.getAttribute("findings").filter((f) => f.type === "claim_outlives_debunk")).toEqual([]);
  });

  it("names both undated articles where the claim may first appear when nothing orders the copy between them", async () => {
    const shared =
      "The old bridge over the Quill river will close for repairs in May after engineers found cracks in two of its piers, the city's traffic office said on Monday, and ferries will carry commuters until the autumn.";
    const root = await makeCase({
      "valley.txt": `---\noutlet: Valley Post\n---\n${shared}\n\nShop owners near the bridge fear a long summer without customers from the other bank.\n`,
      "hill.txt": `---\noutlet: Hill Times\n---\nCommuters face a hard summer.\n\n${shared}\n\nThe council will discuss the ferry timetable next week.\n`,
      "quill.txt": `---\noutlet: Quillon Gazette\npublished: 2021-03-09\n---\nThe Valley Post reported that the old bridge over the Quill river will close for repairs in May after engineers found cracks in two of its piers.\n\nThe mayor did not comment.\n`,
    });
    const { graph } = await analyseCaseFolder(root);
    const copy = graph.filterEdges((_e, a, s, t) => a.kind === "copies" && [s, t].sort().join() === "hill,valley").map((e) => graph.getEdgeAttributes(e));
    expect(copy).toEqual([expect.objectContaining({ orientedBy: "none" })]);
    const claim = graph.filterNodes((_n, a) => a.kind === "claim").map((k) => graph.getNodeAttributes(k) as ClaimNodeAttrs).find((c) => c.articles.includes("valley") && c.articles.includes("hill"));
    // The copy edge is drawn one way by convention only; the Gazette names the Valley Post, so it comes after it.
    expect(claim?.origins).toEqual(expect.arrayContaining(["valley", "hill"]));
    expect(claim?.origins).not.toContain("quill");
  });

  it("names first the undated origin that a dated origin's text says came before it", async () => {
    const root = await makeCase({
      "valley.txt": "---\noutlet: Valley Post\n---\nThe harbour of Quillon will close for three months from June for dredging works, port officials said on Monday.\n\nShipping firms were told to plan other routes.\n",
      "hill.txt": "---\noutlet: Hill Times\npublished: 2021-03-05\n---\nThe harbour of Quillon will close for three months from June for dredging works, a port engineer told the Hill Times.\n\nThe works will cost two million, according to the Valley Post.\n",
    });
    const { graph } = await analyseCaseFolder(root);
    expect(graph.getNodeAttributes("hill")).toMatchObject({ orderedAfter: ["valley"] });
    const claim = graph.filterNodes((_n, a) => a.kind === "claim").map((k) => graph.getNodeAttributes(k) as ClaimNodeAttrs).find((c) => c.articles.includes("valley") && c.articles.includes("hill"));
    // Each rests on its own source, so both are origins; the Hill Times names the Valley Post, so it came after it.
    expect(claim?.origins).toEqual(["valley", "hill"]);
  });

  it("counts as sources behind a claim only those of the articles that present it as true, not a debunk's", async () => {
    const root = await makeCase({
      "valley.txt": "---\noutlet: Valley Post\npublished: 2021-03-01\n---\nThe mayor of Quillon will resign next week after the harbour scandal, an aide to the mayor told the Valley Post on Monday.\n\nThe council has not commented.\n",
      "hill.txt": "---\noutlet: Hill Times\npublished: 2021-03-02\n---\nThe mayor of Quillon will resign next week after the harbour scandal, the Valley Post reported.\n\nResidents were surprised.\n",
      "desk.txt": "---\noutlet: Fact Desk\npublished: 2021-03-04\n---\nReports that the mayor of Quillon will resign next week after the harbour scandal are false, city spokeswoman Anna Berg said on Thursday.\n\n\u201cThe mayor is not resigning and never planned to,\u201d Berg said.\n",
    });
    const { graph } = await analyseCaseFolder(root);
    const claim = graph.filterNodes((_n, a) => a.kind === "claim").map((k) => graph.getNodeAttributes(k) as ClaimNodeAttrs).find((c) => c.articles.includes("desk") && c.articles.includes("valley"));
    expect(claim?.reportedFalse).toEqual(["desk"]);
    expect(claim?.restsOn?.["desk"]).toContain("source:anna-berg");
    expect(claim?.primarySources).not.toContain("source:anna-berg");
    expect(claim?.independentSources).toBe(claim?.primarySources.length);
  });

  it("does not judge an attribution across languages as unsupported (the texts share no words)", async () => {
    const { graph } = await analyseCaseFolder(path.join(CASES, "barrage-fr-ar"));
    expect(graph.getAttribute("findings").filter((f) => f.type === "unsupported_attribution")).toEqual([]);
  });

  it("finds no amplification, copying or loop in three independent reports of one event", async () => {
    const { graph } = await analyseCaseFolder(path.join(CASES, "independent-quake"));
    expect(graph.getAttribute("findings")).toEqual([]);
    // "…, the regional fire service said": an organisation speaking is a source of its own.
    expect(graph.filterNodes((_n, a) => a.kind === "source" && a.sourceType === "organisation" && /fire service/i.test(a.label))).toHaveLength(1);
    expect(graph.filterEdges((_e, a) => ["copies", "cites", "quotes_same", "alters_quote"].includes(a.kind))).toEqual([]);
  });
});
