/** Findings with their grounds: each kind pinned on a small graph of invented articles, relations and readings written for these tests. */
import { describe, expect, it } from "vitest";
import type { ReuseRelation } from "../../src/align/types.ts";
import { figureConflicts, quotePairs } from "../../src/analyse/claims/versions.ts";
import { findFindings, type FindingInputs } from "../../src/analyse/findings.ts";
import { EMPTY_CREDIT_CUES } from "../../src/analyse/findings/emptyCredit.ts";
import { UNNAMED_CHORUS_CUES } from "../../src/analyse/findings/unnamedChorus.ts";
import { SIGN_OFF_CUES } from "../../src/analyse/findings/syndication.ts";
import { LABEL_LOSS_CUES, labelLosses } from "../../src/analyse/laundering.ts";
import { quoteGroups, travellingTogether } from "../../src/analyse/quoteGroups.ts";
import type { ClaimAnalysis } from "../../src/analyse/types.ts";
import { outletKey } from "../../src/core/outlets.ts";
import { textSpan } from "../../src/core/spans.ts";
import type { ArticleReading, SourceMention } from "../../src/extract/types.ts";
import { createGraph } from "../../src/graph/build.ts";
import type { ProvenanceGraph } from "../../src/graph/types.ts";

const QUOTE = "We will keep the pumps on the north bank until the spring floods are over";

interface Doc {
  id: string;
  outlet: string;
  published?: string;
  body: string;
  orderedAfter?: string[];
  language?: string;
}

function graphOf(docs: readonly Doc[]): ProvenanceGraph {
  const graph = createGraph({ id: "t", title: "t", problems: [] });
  for (const d of docs) {
    const outlet = outletKey(d.outlet);
    if (!graph.hasNode(outlet)) graph.addNode(outlet, { kind: "outlet", label: d.outlet, outletKind: "newspaper", inCase: true });
    graph.addNode(d.id, {
      kind: "article",
      label: d.outlet,
      outlet,
      outletName: d.outlet,
      outletInferred: false,
      ...(d.published ? { published: d.published, datePrecision: "day" as const, dateEstimated: false } : {}),
      dateLabel: d.published ?? "date unknown",
      file: `${d.id}.txt`,
      body: d.body,
      bodyLength: d.body.length,
      removed: {},
      ...(d.orderedAfter ? { orderInferred: true, orderedAfter: d.orderedAfter } : {}),
      ...(d.language ? { language: d.language } : {}),
    });
  }
  return graph;
}

/** A reading with one quotation of `speaker` (or of no one) where the body prints QUOTE. */
function reading(d: Doc, speaker?: string, language = "en"): ArticleReading {
  const at = d.body.indexOf(QUOTE);
  const quotations =
    at >= 0 ? [{ id: `${d.id}#q0`, kind: "quotation" as const, span: textSpan(d.body, at, at + QUOTE.length), parts: [textSpan(d.body, at, at + QUOTE.length)], ...(speaker ? { speaker } : {}) }] : [];
  const sentences = d.body.split(/(?<=\.)\s+/).reduce<{ spans: ReturnType<typeof textSpan>[]; pos: number }>(
    (acc, s) => {
      const start = d.body.indexOf(s, acc.pos);
      acc.spans.push(textSpan(d.body, start, start + s.length));
      acc.pos = start + s.length;
      return acc;
    },
    { spans: [], pos: 0 },
  ).spans;
  return { article: d.id, language, sentences, quotations, sources: [], attributions: [], syndication: [] };
}

function quoteRelation(kind: "quotes_same" | "alters_quote", from: Doc, to: Doc, direction: "dated" | "unknown" = "dated"): ReuseRelation {
  const f = from.body.indexOf(QUOTE);
  const t = to.body.indexOf(QUOTE);
  return {
    kind,
    from: from.id,
    to: to.id,
    direction,
    orientedBy: direction === "dated" ? "dates" : "none",
    passages: [{ from: { article: from.id, ...textSpan(from.body, f, f + QUOTE.length) }, to: { article: to.id, ...textSpan(to.body, t, t + QUOTE.length) }, similarity: 1 }],
    credited: false,
    sharedWith: [],
  };
}

function inputs(graph: ProvenanceGraph, over: Partial<FindingInputs>): FindingInputs {
  const relations = over.relations ?? [];
  return { graph, claims: [], relations, figureConflicts: figureConflicts(quotePairs(relations)), drift: [], readings: new Map(), ...over };
}

/** A claim as the claim and stance stages hand it over. */
function claim(key: string, articles: string[], over: Record<string, unknown>): ClaimAnalysis {
  return {
    key,
    label: "The pumps stay on the north bank",
    text: "The pumps stay on the north bank",
    statements: articles.map((a) => ({ article: a, start: -1, end: -1, text: "The pumps stay on the north bank" })),
    articles,
    outlets: articles,
    origins: [articles[0]!],
    derivedFrom: {},
    restsOn: {},
    primarySources: [],
    stances: {},
    presentedAsTrue: articles,
    reportedFalse: [],
    mentionedBy: [],
    main: true,
    ...over,
  } as unknown as ClaimAnalysis;
}

describe("laundering cues", () => {
  const positive: Record<string, string> = {
    "en.label_removed": "The website posted it and removed the satire disclaimer before the story spread.",
    "en.label_unknown": "The editor said she had no idea that the story was satire when she ran it.",
    "en.label_in_one_version": "The paper calls the site satirical in its own language, but fails to do so in the English version.",
  };
  it.each(Object.values(LABEL_LOSS_CUES).flat().map((c) => [c.id, c.pattern] as const))("%s finds the sentence written for it", (id, pattern) => {
    expect(positive[id], `a sentence for ${id}`).toBeDefined();
    expect(pattern.test(positive[id]!)).toBe(true);
  });
  it.each([
    "The site is known for satire and says so on every page.",
    "The editor removed the pumps from the north bank on Monday.",
  ])("finds no lost label in %j", (sentence) => {
    const d: Doc = { id: "x", outlet: "Valley Post", body: sentence };
    expect(labelLosses([reading(d)])).toEqual([]);
  });
});

describe("quotation groups", () => {
  it("joins relations whose passages overlap in one article into one quotation, with each printer's speaker", () => {
    const a: Doc = { id: "a", outlet: "River Herald", published: "2021-03-01", body: `"${QUOTE}," Anna Berg said.` };
    const b: Doc = { id: "b", outlet: "Valley Post", published: "2021-03-02", body: `She said: "${QUOTE}."` };
    const c: Doc = { id: "c", outlet: "Hill Times", published: "2021-03-03", body: `"${QUOTE}," said Ana Burg.` };
    const groups = quoteGroups([quoteRelation("quotes_same", b, a), quoteRelation("quotes_same", c, a)], new Map([[a.id, reading(a, "source:anna-berg")], [b.id, reading(b)], [c.id, reading(c, "source:ana-burg")]]));
    expect(groups).toHaveLength(1);
    expect(groups[0]?.first).toEqual(["a"]);
    expect([...groups[0]!.speakers]).toEqual([["b", undefined], ["a", "source:anna-berg"], ["c", "source:ana-burg"]]);
  });
});

describe("quotations travelling together", () => {
  it("joins two quotations printed side by side into one recycled story, naming no speaker for it", () => {
    const second = "Engineers from the capital will inspect every wall of the lower town next week";
    const a: Doc = { id: "a", outlet: "River Herald", published: "2021-03-01", body: `"${QUOTE}," Anna Berg said. "${second}," the mayor said.` };
    const b: Doc = { id: "b", outlet: "Valley Post", published: "2021-03-02", body: `"${QUOTE}." "${second}."` };
    const at = (d: Doc, text: string) => ({ article: d.id, ...textSpan(d.body, d.body.indexOf(text), d.body.indexOf(text) + text.length) });
    const rel = (text: string): ReuseRelation => ({ ...quoteRelation("quotes_same", b, a), passages: [{ from: at(b, text), to: at(a, text), similarity: 1 }] });
    const base = quoteGroups([rel(QUOTE), rel(second)], new Map([[a.id, reading(a, "source:anna-berg")], [b.id, reading(b)]]));
    expect(base).toHaveLength(2);
    const together = travellingTogether(base);
    expect(together).toHaveLength(1);
    expect(together[0]?.speakers.size).toBe(0);
  });
});

describe("findings", () => {
  const a: Doc = { id: "a", outlet: "River Herald", published: "2021-03-01", body: `"${QUOTE}," Anna Berg said.` };
  const b: Doc = { id: "b", outlet: "Valley Post", published: "2021-03-02", body: `"${QUOTE}," the engineer said.` };
  const c: Doc = { id: "c", outlet: "Hill Times", published: "2021-03-03", body: `"${QUOTE}," said Ana Burg.` };

  it("states one recycled quotation for all its printers, and attribution drift where they credit different speakers", () => {
    // A printing with no speech verb credits no one ('"…," the engineer said' credits someone the reading left unnamed).
    const b: Doc = { id: "b", outlet: "Valley Post", published: "2021-03-02", body: `A notice at the pumping station: "${QUOTE}."` };
    const graph = graphOf([a, b, c]);
    const readings = new Map([[a.id, reading(a, "source:anna-berg")], [b.id, reading(b)], [c.id, reading(c, "source:ana-burg")]]);
    const found = findFindings(inputs(graph, { relations: [quoteRelation("quotes_same", b, a), quoteRelation("quotes_same", c, a)], readings }));
    const recycled = found.filter((f) => f.type === "recycled_quote");
    expect(recycled).toHaveLength(1);
    expect(recycled[0]?.articles).toEqual(["a", "b", "c"]);
    const drift = found.filter((f) => f.type === "attribution_drift");
    expect(drift).toHaveLength(1);
    expect(drift[0]?.explanation).toMatch(/credit no one/);
  });

  // One speaker named at more or less length is one credit: a surname alone beside the full name (with a title) of the
  // only person of the case who bears it, an organisation's name beside its initials. A surname two people of the case
  // bear names neither, and initials that spell another name are another credit.
  it.each([
    ["a surname alone and the full name of the only person bearing it", "Ambassador Tova Lindqvist", "Lindqvist", [], 0],
    ["a surname two people of the case bear (control)", "Ambassador Tova Lindqvist", "Lindqvist", ["Mara Lindqvist"], 1],
    ["an organisation's name and its initials", "Harbour Safety Board", "HSB", [], 0],
    ["initials that spell another name (control)", "Harbour Police Board", "HSB", [], 1],
  ])("weighs %s", (_, longName: string, shortName: string, others: string[], drifts: number) => {
    const p: Doc = { id: "p", outlet: "River Herald", published: "2021-03-01", body: `"${QUOTE}," ${longName} said.` };
    const q: Doc = { id: "q", outlet: "Valley Post", published: "2021-03-02", body: `"${QUOTE}," ${shortName} said.` };
    const graph = graphOf([p, q]);
    const key = (name: string) => `source:${name.toLowerCase().replace(/ /g, "-")}`;
    for (const [name, article] of [[longName, "p"], [shortName, "q"], ...others.map((o) => [o, "p"])] as [string, string][])
      graph.addNode(key(name), { kind: "source", label: name, sourceType: "named", articles: [article] });
    const readings = new Map([[p.id, reading(p, key(longName))], [q.id, reading(q, key(shortName))]]);
    const found = findFindings(inputs(graph, { relations: [quoteRelation("quotes_same", q, p)], readings }));
    expect(found.filter((f) => f.type === "attribution_drift")).toHaveLength(drifts);
  });

  it("states no recycled quotation for a quotation that only travelled inside copied text: the copy's finding says it", () => {
    const readings = new Map([[a.id, reading(a, "source:anna-berg")], [b.id, reading(b, "source:anna-berg")], [c.id, reading(c, "source:anna-berg")]]);
    const copy: ReuseRelation = { ...quoteRelation("quotes_same", b, a), kind: "copies" };
    const recycled = (docs: Doc[], relations: ReuseRelation[]) => findFindings(inputs(graphOf(docs), { relations, readings: new Map([...readings].filter(([id]) => docs.some((d) => d.id === id))) })).filter((f) => f.type === "recycled_quote").map((f) => f.articles);
    expect(recycled([a, b], [copy, quoteRelation("quotes_same", b, a)])).toEqual([]);
    // A third article that prints it without copying makes it a recycled quotation again.
    expect(recycled([a, b, c], [copy, quoteRelation("quotes_same", b, a), quoteRelation("quotes_same", c, a)])).toEqual([["a", "b", "c"]]);
  });

  it("states attribution drift across printings of the same words that reached the case by separate routes", () => {
    const d: Doc = { id: "d", outlet: "Fact Desk", published: "2021-03-04", body: `"${QUOTE}," said Ana Burg.` };
    const graph = graphOf([a, b, c, d]);
    const readings = new Map([[a.id, reading(a, "source:anna-berg")], [b.id, reading(b, "source:anna-berg")], [c.id, reading(c, "source:ana-burg")], [d.id, reading(d, "source:ana-burg")]]);
    const found = findFindings(inputs(graph, { relations: [quoteRelation("quotes_same", b, a), quoteRelation("quotes_same", d, c)], readings })).filter((f) => f.type === "attribution_drift");
    expect(found.map((f) => [...f.articles].sort())).toEqual([["a", "b", "c", "d"]]);
  });

  it("states attribution drift only between printings that share the words, not through a third that prints both", () => {
    const first = "Unless the levy is paid the ferry to the islands will stop running next winter";
    const second = "Island families have paid for the mainland roads for forty years already";
    const withQuotes = (d: Doc, quotes: [string, string | undefined][]): ArticleReading => ({
      ...reading(d),
      quotations: quotes.map(([text, speaker], i) => {
        const at = d.body.indexOf(text);
        return { id: `${d.id}#m${i}`, kind: "quotation" as const, span: textSpan(d.body, at, at + text.length), parts: [textSpan(d.body, at, at + text.length)], ...(speaker ? { speaker } : {}) };
      }),
    });
    // The long printing holds both sentences; the harbour board prints only the second, the digest only the first.
    const both = `${first}. ${second}`;
    const long: Doc = { id: "long", outlet: "Island Times", published: "2022-01-02", body: `"${both}," Mara Lind said.` };
    const board: Doc = { id: "board", outlet: "Harbour Board", published: "2022-01-01", body: `"${second}," Mara Lind said.` };
    // The digest gives the words with no speaker, in a sentence of its own (a quotation alone in its paragraph credits
    // whoever the paragraph before names, and is left out).
    const digest: Doc = { id: "digest", outlet: "News Digest", published: "2022-01-05", body: `Pinned to the ferry office door: "${first}."` };
    const readings = new Map([
      [long.id, withQuotes(long, [[both, "source:mara-lind"]])],
      [board.id, withQuotes(board, [[second, "source:mara-lind"]])],
      [digest.id, withQuotes(digest, [[first, undefined]])],
    ]);
    const drift = findFindings(inputs(graphOf([long, board, digest]), { readings })).filter((f) => f.type === "attribution_drift");
    expect(drift.map((f) => [...f.articles].sort())).toEqual([["digest", "long"]]);
    expect(drift[0]?.explanation).not.toMatch(/Harbour Board/);
  });

  it("states no attribution drift where every printer credits the same speaker", () => {
    const graph = graphOf([a, c]);
    const readings = new Map([[a.id, reading(a, "source:anna-berg")], [c.id, reading(c, "source:anna-berg")]]);
    expect(findFindings(inputs(graph, { relations: [quoteRelation("quotes_same", c, a)], readings })).filter((f) => f.type === "attribution_drift")).toEqual([]);
  });

  it("states attribution drift for a respelled speaker with no relation between the printers, but not for one speaker described at more length", () => {
    const graph = graphOf([a, b, c]);
    const respelled = new Map([[a.id, reading(a, "source:anna-berg")], [c.id, reading(c, "source:ana-burg")]]);
    expect(findFindings(inputs(graph, { readings: respelled })).filter((f) => f.type === "attribution_drift").map((f) => [...f.articles].sort())).toEqual([["a", "c"]]);
    const described = new Map([[a.id, reading(a, "source:anna-berg")], [b.id, reading(b, "source:river-engineer-anna-berg")]]);
    expect(findFindings(inputs(graph, { readings: described })).filter((f) => f.type === "attribution_drift")).toEqual([]);
  });

  it("states an uncredited copy whose direction the dates cannot tell, and says so; not a shared run of a dozen words", () => {
    const x: Doc = { id: "x", outlet: "Valley Post", body: `Text. "${QUOTE}." ${QUOTE}.` };
    const y: Doc = { id: "y", outlet: "Hill Times", body: `"${QUOTE}." ${QUOTE}. Text.` };
    const graph = graphOf([x, y]);
    const short = { ...quoteRelation("quotes_same", x, y, "unknown"), kind: "copies" as const };
    expect(findFindings(inputs(graph, { relations: [short] }))).toEqual([]);
    const second = { from: { article: "x", ...textSpan(x.body, x.body.lastIndexOf(QUOTE), x.body.lastIndexOf(QUOTE) + QUOTE.length) }, to: { article: "y", ...textSpan(y.body, y.body.lastIndexOf(QUOTE), y.body.lastIndexOf(QUOTE) + QUOTE.length) }, similarity: 1 };
    const found = findFindings(inputs(graph, { relations: [{ ...short, passages: [...short.passages, second] }] }));
    expect(found.map((f) => f.type)).toEqual(["uncredited_copy"]);
    expect(found[0]?.explanation).toMatch(/cannot be told/);
  });

  it("states syndication for a confident 'Source: X' line, not for a doubtful one or an ordinary citation", () => {
    const x: Doc = { id: "x", outlet: "Valley Post", published: "2021-03-02", body: "The pumps stay. Source: Hill Times" };
    const graph = graphOf([x]);
    graph.addNode("outlet:hill-times", { kind: "outlet", label: "Hill Times", outletKind: "newspaper", inCase: false });
    const cite = (frame: string, confidence: number) => ({ kind: "cites" as const, frame, confidence, evidence: [{ article: "x", ...textSpan(x.body, 16, 34) }] });
    graph.addDirectedEdgeWithKey("x->cites->outlet:hill-times", "x", "outlet:hill-times", cite("source_line", 0.8));
    expect(findFindings(inputs(graph, {})).map((f) => [f.type, f.articles])).toEqual([["syndication", ["x"]]]);
    graph.setEdgeAttribute("x->cites->outlet:hill-times", "confidence", 0.5);
    expect(findFindings(inputs(graph, {}))).toEqual([]);
    graph.mergeEdgeAttributes("x->cites->outlet:hill-times", { frame: "according_to", confidence: 0.9 });
    expect(findFindings(inputs(graph, {}))).toEqual([]);
  });

  // A blog's comment in its own words closed by "Source: Hill Times", where the case holds the Hill Times article and the
  // two share no passage, runs no story of Hill Times: the line says where the writer read it.
  it("states no syndication for a 'Source: X' line under a text of the page's own that shares nothing with X's article of the case", () => {
    const x: Doc = { id: "x", outlet: "Valley Blog", published: "2021-03-02", body: "Another week, another pump story, and nobody asks who pays. Source: Hill Times" };
    const y: Doc = { id: "y", outlet: "Hill Times", published: "2021-03-01", body: `"${QUOTE}," Anna Berg said on Monday.` };
    const make = (relations: ReuseRelation[], languages: [string, string] = ["en", "en"]) => {
      const graph = graphOf([{ ...x, language: languages[0] }, { ...y, language: languages[1] }]);
      const at = x.body.indexOf("Source:");
      graph.addDirectedEdgeWithKey("x->cites->y", "x", "y", { kind: "cites", frame: "source_line", confidence: 0.9, evidence: [{ article: "x", ...textSpan(x.body, at, x.body.length) }] });
      return findFindings(inputs(graph, { relations })).filter((f) => f.type === "syndication").map((f) => f.articles);
    };
    expect(make([])).toEqual([]);
    // The same line over a text in another language is a story run in translation; over a text that shares a passage, a reprint.
    expect(make([], ["fr", "en"])).toEqual([["x", "y"]]);
    expect(make([{ ...quoteRelation("quotes_same", x, y), kind: "copies" as const, passages: [] }])).toEqual([["x", "y"]]);
  });

  it("states syndication for a closing 'Source: X' line the reading found where the citation edge kept another frame, not for a bracketed credit inside the text", () => {
    const filler = "The pumps stay on the north bank until the spring floods are over, the council said on Monday. ".repeat(5);
    const make = (body: string) => {
      const x: Doc = { id: "x", outlet: "Valley Post", published: "2021-03-02", body };
      const graph = graphOf([x]);
      graph.addNode("outlet:hill-times", { kind: "outlet", label: "Hill Times", outletKind: "newspaper", inCase: false });
      const at = body.indexOf("Source: Hill Times");
      graph.addDirectedEdgeWithKey("x->cites->outlet:hill-times", "x", "outlet:hill-times", { kind: "cites", frame: "according_to", confidence: 0.9, evidence: [{ article: "x", ...textSpan(body, at, at + 18) }] });
      const line = { frame: "source_line" as const, span: textSpan(body, at, at + 18), sentence: textSpan(body, at, at + 18), outlet: "outlet:hill-times", outletName: "Hill Times", confidence: 0.9, rule: "source_line/registry" };
      const r = { ...reading(x), attributions: [line] };
      return findFindings(inputs(graph, { readings: new Map([["x", r]]) })).filter((f) => f.type === "syndication").map((f) => f.articles);
    };
    expect(make(`${filler}Source: Hill Times`)).toEqual([["x"]]);
    expect(make(`${filler}[Source: Hill Times] ${filler}`)).toEqual([]);
  });

  it("states syndication for a closing sign-off in another outlet's voice, cut short or not, but not in the article's own", () => {
    const make = (body: string, outlet = "Valley Post") => {
      const x: Doc = { id: "x", outlet, published: "2021-03-02", body };
      const graph = graphOf([x]);
      if (!graph.hasNode("outlet:tide-monitor")) graph.addNode("outlet:tide-monitor", { kind: "outlet", label: "Tide Monitor", outletKind: "newspaper", inCase: false });
      return findFindings(inputs(graph, { readings: new Map([["x", reading(x)]]) })).filter((f) => f.type === "syndication").map((f) => f.articles);
    };
    expect(make("The pumps stay on the north bank. Stay tuned to Tide Monitor.")).toEqual([["x"]]);
    expect(make("The pumps stay on the north bank. Stay tuned to Tide Mon")).toEqual([["x"]]);
    expect(make("The pumps stay on the north bank. Stay tuned to Tide Monitor.", "Tide Monitor")).toEqual([]);
    expect(SIGN_OFF_CUES.en!.some((c) => c.test("Stay tuned to Tide Monitor."))).toBe(true);
  });

  it.each([
    ["dates", 1],
    ["none", 0],
  ] as const)("finds circular reporting through a copy only where its direction is known (orientedBy %s)", (orientedBy, count) => {
    const x: Doc = { id: "x", outlet: "Valley Post", body: "The pumps stay." };
    const y: Doc = { id: "y", outlet: "Hill Times", body: "The pumps stay." };
    const graph = graphOf([x, y]);
    graph.addDirectedEdgeWithKey("x->cites->y", "x", "y", { kind: "cites", frame: "according_to", confidence: 0.9 });
    graph.addDirectedEdgeWithKey("y->copies->x", "y", "x", { kind: "copies", passages: [], direction: orientedBy === "dates" ? "dated" : "unknown", orientedBy });
    expect(findFindings(inputs(graph, {})).filter((f) => f.type === "circular_reporting")).toHaveLength(count);
  });

  it("counts only articles that present the claim as true for amplification", () => {
    const docs = ["p", "q", "r", "s"].map((id, i) => ({ id, outlet: `Outlet ${id}`, published: `2021-03-0${i + 1}`, body: "The pumps stay on the north bank." }));
    const graph = graphOf(docs);
    const derivedFrom = { q: ["p"], r: ["p"], s: ["p"] };
    const restsOn = { p: ["source:anna-berg"], q: [], r: [], s: [] };
    const asTrue = claim("claim:pumps", ["p", "q", "r", "s"], { derivedFrom, restsOn, presentedAsTrue: ["p", "q", "r", "s"] });
    expect(findFindings(inputs(graph, { claims: [asTrue] })).filter((f) => f.type === "single_source_amplification")).toHaveLength(1);
    // Two of the repeaters are debunks: two articles presenting it as true do not amplify it.
    const debunked = claim("claim:pumps", ["p", "q", "r", "s"], { derivedFrom, restsOn, presentedAsTrue: ["p", "q"], reportedFalse: ["r", "s"] });
    expect(findFindings(inputs(graph, { claims: [debunked] })).filter((f) => f.type === "single_source_amplification")).toEqual([]);
  });

  it("states amplification where first reports of several outlets each rest on one named source alone, not where another source is named as often", () => {
    const docs = ["p", "q", "r", "s"].map((id, i) => ({ id, outlet: `Outlet ${id}`, published: `2021-03-0${i + 1}`, body: "The pumps stay on the north bank." }));
    const graph = graphOf(docs);
    graph.addNode("outlet:tide-monitor", { kind: "outlet", label: "Tide Monitor", outletKind: "newspaper", inCase: false });
    graph.addNode("outlet:dock-wire", { kind: "outlet", label: "Dock Wire", outletKind: "newspaper", inCase: false });
    const on = (restsOn: Record<string, string[]>) => {
      const c = claim("claim:pumps", ["p", "q", "r", "s"], { derivedFrom: {}, restsOn, presentedAsTrue: ["p", "q", "r", "s"] });
      return findFindings(inputs(graph, { claims: [c] })).filter((f) => f.type === "single_source_amplification").map((f) => f.articles);
    };
    expect(on({ p: ["outlet:tide-monitor"], q: ["outlet:tide-monitor"], r: ["outlet:tide-monitor"], s: [] })).toEqual([["p", "q", "r"]]);
    expect(on({ p: ["outlet:tide-monitor"], q: ["outlet:tide-monitor"], r: ["outlet:dock-wire"], s: ["outlet:dock-wire"] })).toEqual([]);
  });

  it("states no amplification of a claim that opens on its one source as the one who speaks (a denial, an answer)", () => {
    const docs = ["p", "q", "r"].map((id, i) => ({ id, outlet: `Outlet ${id}`, published: `2021-03-0${i + 1}`, body: "Ana Berg denied the report on her page." }));
    const graph = graphOf(docs);
    graph.addNode("source:ana-berg", { kind: "source", label: "Ana Berg", sourceType: "named", articles: ["p", "q", "r"] });
    graph.addNode("outlet:tide-monitor", { kind: "outlet", label: "Tide Monitor", outletKind: "newspaper", inCase: false });
    const amplified = (label: string, source: string) => {
      const c = claim("claim:berg", ["p", "q", "r"], { label, text: label, restsOn: { p: [source], q: [source], r: [source] }, presentedAsTrue: ["p", "q", "r"] });
      return findFindings(inputs(graph, { claims: [c] })).filter((f) => f.type === "single_source_amplification").length;
    };
    expect(amplified("Mayor Ana Berg denied the report on her page", "source:ana-berg")).toBe(0);
    expect(amplified("Tide Monitor says the pumps stay on the north bank", "outlet:tide-monitor")).toBe(0);
    // The source named after the claim's words is where the claim came from: three outlets repeating it on its word.
    expect(amplified("The pumps stay on the north bank, according to Ana Berg", "source:ana-berg")).toBe(1);
    expect(amplified("The pumps stay on the north bank", "outlet:tide-monitor")).toBe(1);
  });

  it("states amplification of a story passed on as news or as a joke, where no article brings a source of its own", () => {
    const ids = ["p", "q", "r", "s", "t"];
    const docs = ids.map((id, i) => ({ id, outlet: `Outlet ${id}`, published: `2021-03-0${i + 1}`, body: "The pumps stay on the north bank." }));
    const graph = graphOf(docs);
    graph.addNode("outlet:tide-monitor", { kind: "outlet", label: "Tide Monitor", outletKind: "newspaper", inCase: false });
    graph.addNode("source:ada-reyes", { kind: "source", label: "Ada Reyes", sourceType: "named", articles: ["t"] });
    const joke = { stance: "false", rule: "stance.near_cue", confidence: 0.8, evidence: [], satire: true };
    const stances = Object.fromEntries(["q", "r", "s", "t"].map((a) => [a, joke]));
    const story = (restsOn: Record<string, string[]>) => {
      const c = claim("claim:pumps", ids, { derivedFrom: { q: ["p"], r: ["p"], s: ["q"], t: ["q"] }, restsOn, presentedAsTrue: ["p"], reportedFalse: ["q", "r", "s", "t"], stances });
      return findFindings(inputs(graph, { claims: [c] })).filter((f) => f.type === "single_source_amplification").map((f) => [...f.articles].sort());
    };
    expect(story({ p: ["outlet:tide-monitor"] })).toEqual([ids]);
    expect(story({ p: ["outlet:tide-monitor"], t: ["source:ada-reyes"] })).toEqual([]);
  });

  it("states a story amplified once: not again through another of its sentences with another count of its sources", () => {
    const ids = ["p", "q", "r", "s", "t"];
    const docs = ids.map((id, i) => ({ id, outlet: `Outlet ${id}`, published: `2021-03-0${i + 1}`, body: "The pumps stay on the north bank." }));
    const graph = graphOf(docs);
    graph.addNode("outlet:tide-monitor", { kind: "outlet", label: "Tide Monitor", outletKind: "newspaper", inCase: false });
    // The headline: five articles tell it, three on their own word and one on Tide Monitor; too few repetitions for
    // the presented-as-true finding, one source for the story's.
    const headline = claim("claim:headline", ids, {
      derivedFrom: { s: ["p"], t: ["p"] },
      restsOn: { p: ["outlet:tide-monitor"], q: [outletKey("Outlet q")], r: [outletKey("Outlet r")] },
      primarySources: ["outlet:tide-monitor", outletKey("Outlet q"), outletKey("Outlet r")],
      presentedAsTrue: ids,
    });
    const amplified = (claims: ClaimAnalysis[]) => findFindings(inputs(graph, { claims })).filter((f) => f.type === "single_source_amplification").map((f) => f.id);
    expect(amplified([headline])).toEqual(["single_source_amplification:story:claim:headline"]);
    // The body's claim of the same story, already found amplified over most of the same articles.
    const body = claim("claim:pumps", ["p", "q", "r", "s"], { derivedFrom: { q: ["p"], r: ["p"], s: ["p"] }, restsOn: { p: ["outlet:tide-monitor"] }, primarySources: ["outlet:tide-monitor"], presentedAsTrue: ["p", "q", "r", "s"] });
    expect(amplified([body, headline])).toEqual(["single_source_amplification:claim:pumps"]);
  });

  it("states no amplification of a story that most of its articles deny, however few sources they name", () => {
    // One article tells the story; four answer it as false (no satire word): a wave of denials spreads a correction.
    const ids = ["p", "q", "r", "s", "t"];
    const docs = ids.map((id, i) => ({ id, outlet: `Outlet ${id}`, published: `2021-03-0${i + 1}`, body: "The pumps stay on the north bank." }));
    const graph = graphOf(docs);
    graph.addNode("outlet:tide-monitor", { kind: "outlet", label: "Tide Monitor", outletKind: "newspaper", inCase: false });
    const denied = { stance: "false", rule: "stance.near_cue", confidence: 0.8, evidence: [] };
    const stances = Object.fromEntries(["q", "r", "s", "t"].map((a) => [a, denied]));
    const c = claim("claim:pumps", ids, { derivedFrom: { q: ["p"], r: ["p"], s: ["q"], t: ["q"] }, restsOn: { p: ["outlet:tide-monitor"] }, presentedAsTrue: ["p"], reportedFalse: ["q", "r", "s", "t"], stances });
    expect(findFindings(inputs(graph, { claims: [c] })).filter((f) => f.type === "single_source_amplification")).toEqual([]);
  });

  it("says an origin that names no source states the claim on its own word, instead of listing its outlet as its own source", () => {
    const docs = ["p", "q", "r"].map((id, i) => ({ id, outlet: `Outlet ${id}`, published: `2021-03-0${i + 1}`, body: "The pumps stay on the north bank." }));
    const graph = graphOf(docs);
    const c = claim("claim:pumps", ["p", "q", "r"], { derivedFrom: { q: ["p"], r: ["p"] }, restsOn: { p: [outletKey("Outlet p")], q: [], r: [] }, primarySources: [outletKey("Outlet p")] });
    const [found] = findFindings(inputs(graph, { claims: [c] })).filter((f) => f.type === "single_source_amplification");
    expect(found?.explanation).toMatch(/All 3 rest on 1 independent source: Outlet p's own word\./);
    expect(found?.explanation).not.toMatch(/sources?: Outlet p[,.]/);
  });

  it("says the claim's own count of independent sources, split into the first reports' and those later articles added", () => {
    // Which sources are independent is decided once, by the support stage (tests/analyse/support.test.ts): the
    // finding says the number the claim shows.
    const docs = ["p", "q", "r"].map((id, i) => ({ id, outlet: `Outlet ${id}`, published: `2021-03-0${i + 1}`, body: "The pumps stay on the north bank." }));
    const graph = graphOf(docs);
    graph.addNode("source:ada-reyes", { kind: "source", label: "Ada Reyes", sourceType: "named", articles: ["p"] });
    graph.addNode("source:ben-okri", { kind: "source", label: "Ben Okri", sourceType: "named", articles: ["r"] });
    const restsOn = { p: ["source:ada-reyes"], q: [], r: ["source:ben-okri"] };
    const counted = claim("claim:pumps", ["p", "q", "r"], { derivedFrom: { q: ["p"], r: ["p"] }, restsOn, primarySources: ["source:ada-reyes", "source:ben-okri"] });
    const [found] = findFindings(inputs(graph, { claims: [counted] })).filter((f) => f.type === "single_source_amplification");
    expect(found?.explanation).toContain("All 3 rest on 2 independent sources: Ada Reyes and Ben Okri (added by a later article).");
    // A source the support stage did not count (reached through the first report) is neither counted nor named.
    const fewer = claim("claim:pumps", ["p", "q", "r"], { derivedFrom: { q: ["p"], r: ["p"] }, restsOn, primarySources: ["source:ada-reyes"] });
    const [said] = findFindings(inputs(graph, { claims: [fewer] })).filter((f) => f.type === "single_source_amplification");
    expect(said?.explanation).toContain("All 3 rest on 1 independent source: Ada Reyes.");
  });

  it("says in plain words how many articles tell the claim, which told it first, and the few sources behind them all", () => {
    // "6 articles, 2 origins, 3 independent sources" left a teacher to work out what an origin is: the sentence now says
    // which articles told it first, that the others took it from them, and which sources they all rest on.
    const docs = ["p", "q", "r", "s", "t", "u"].map((id, i) => ({ id, outlet: `Outlet ${id}`, published: `2021-03-0${i + 1}`, body: "The pumps stay on the north bank." }));
    const graph = graphOf(docs);
    graph.addNode("source:ada-reyes", { kind: "source", label: "Ada Reyes", sourceType: "named", articles: ["p"] });
    graph.addNode("source:p--a-port-official", { kind: "source", label: "a port official", sourceType: "anonymous", articles: ["p"] });
    const c = claim("claim:pumps", ["p", "q", "r", "s", "t", "u"], {
      derivedFrom: { r: ["p"], s: ["p"], t: ["q"], u: ["p"] },
      restsOn: { p: ["source:ada-reyes", "source:p--a-port-official"], q: [outletKey("Outlet q")], r: [], s: [], t: [], u: [] },
      primarySources: ["source:ada-reyes", "source:p--a-port-official", outletKey("Outlet q")],
    });
    const [found] = findFindings(inputs(graph, { claims: [c] })).filter((f) => f.type === "single_source_amplification");
    expect(found?.explanation).toContain("Only 2 of them, Outlet p (1 Mar 2021) and Outlet q (2 Mar 2021), tell it first; the other 4 took it from an article of the case");
    expect(found?.explanation).toContain("All 6 rest on 3 independent sources: Ada Reyes, a port official (unnamed) and Outlet q's own word. 6 articles, but not 6 separate confirmations.");
    expect(found?.explanation).not.toMatch(/\borigins?\b/);
  });

  it("names the first report and each source once, in one text a teacher can read out", () => {
    // An older opening ("… but every version traces back to Outlet p and its sources (Ada Reyes). The only new source
    // is a dock worker.") named the first report and every source once before the count named them again.
    const docs = ["p", "q", "r"].map((id, i) => ({ id, outlet: `Outlet ${id}`, published: `2021-03-0${i + 1}`, body: "The pumps stay on the north bank." }));
    const graph = graphOf(docs);
    graph.addNode("source:ada-reyes", { kind: "source", label: "Ada Reyes", sourceType: "named", articles: ["p"] });
    graph.addNode("source:r--a-dock-worker", { kind: "source", label: "a dock worker", sourceType: "anonymous", articles: ["r"] });
    const c = claim("claim:pumps", ["p", "q", "r"], { derivedFrom: { q: ["p"], r: ["p"] }, restsOn: { p: ["source:ada-reyes"], q: [], r: ["source:r--a-dock-worker"] }, primarySources: ["source:ada-reyes", "source:r--a-dock-worker"] });
    const [found] = findFindings(inputs(graph, { claims: [c] })).filter((f) => f.type === "single_source_amplification");
    const times = (words: string) => (found?.explanation ?? "").split(words).length - 1;
    expect(times("Outlet p (1 Mar 2021)")).toBe(1);
    expect(times("Ada Reyes")).toBe(1);
    expect(times("a dock worker")).toBe(1);
    expect(found?.explanation).toContain("a dock worker (unnamed; added by a later article)");
    expect(found?.explanation).not.toMatch(/traces? back/);
  });

  it("says 'the other one', not 'the other 1', where one article took the claim from the first reports", () => {
    const docs = ["p", "q", "r"].map((id, i) => ({ id, outlet: `Outlet ${id}`, published: `2021-03-0${i + 1}`, body: "The pumps stay on the north bank." }));
    const graph = graphOf(docs);
    graph.addNode("source:ada-reyes", { kind: "source", label: "Ada Reyes", sourceType: "named", articles: ["p", "q"] });
    const c = claim("claim:pumps", ["p", "q", "r"], { derivedFrom: { r: ["q"] }, restsOn: { p: ["source:ada-reyes"], q: ["source:ada-reyes"], r: [] }, primarySources: ["source:ada-reyes"] });
    const [found] = findFindings(inputs(graph, { claims: [c] })).filter((f) => f.type === "single_source_amplification");
    expect(found?.explanation).toContain("tell it first; the other one took it from an article of the case");
  });

  it("counts no unnamed collective of reporting ('news outlets are reporting') among a claim's independent sources", () => {
    const docs = ["p", "q", "r", "s"].map((id, i) => ({ id, outlet: `Outlet ${id}`, published: `2021-03-0${i + 1}`, body: "The pumps stay on the north bank, news outlets are reporting." }));
    const graph = graphOf(docs);
    graph.addNode("source:ada-reyes", { kind: "source", label: "Ada Reyes", sourceType: "named", articles: ["p"] });
    graph.addNode("source:p--news-outlets", { kind: "source", label: "news outlets", sourceType: "anonymous", articles: ["p"] });
    const chorus: SourceMention = { key: "source:p--news-outlets", name: "news outlets", type: "anonymous", collective: true, mentions: [] };
    const readings = new Map<string, ArticleReading>(docs.map((d) => [d.id, d.id === "p" ? { ...reading(d), sources: [chorus] } : reading(d)]));
    const c = claim("claim:pumps", ["p", "q", "r", "s"], { derivedFrom: { q: ["p"], r: ["p"], s: ["p"] }, restsOn: { p: ["source:ada-reyes", "source:p--news-outlets"], q: [], r: [], s: [] }, primarySources: ["source:ada-reyes"] });
    const [found] = findFindings(inputs(graph, { claims: [c], readings })).filter((f) => f.type === "single_source_amplification");
    expect(found?.explanation).toMatch(/rest on 1 independent source: Ada Reyes\./);
  });

  it("does not state amplification where several first reports rest on several sources", () => {
    const docs = ["p", "q", "r", "s"].map((id, i) => ({ id, outlet: `Outlet ${id}`, published: `2021-03-0${i + 1}`, body: "The pumps stay on the north bank." }));
    const graph = graphOf(docs);
    const independent = claim("claim:pumps", ["p", "q", "r", "s"], {
      derivedFrom: { s: ["p"] },
      restsOn: { p: ["source:anna-berg"], q: ["source:fire-brigade"], r: ["source:town-hall"], s: [] },
      primarySources: ["source:anna-berg", "source:fire-brigade", "source:town-hall"],
    });
    expect(findFindings(inputs(graph, { claims: [independent] })).filter((f) => f.type === "single_source_amplification")).toEqual([]);
  });

  it("states that a claim outlived its debunk when an article presents it as true after one reported it false, by date or by citation", () => {
    const debunk: Doc = { id: "check", outlet: "Fact Desk", published: "2021-03-05", body: "The claim is false." };
    const early: Doc = { id: "early", outlet: "River Herald", published: "2021-03-01", body: "The pumps stay." };
    const late: Doc = { id: "late", outlet: "Valley Post", published: "2021-04-01", body: "The pumps stay." };
    const undated: Doc = { id: "blog", outlet: "Hill Blog", body: "The pumps stay.", orderedAfter: ["check"] };
    const graph = graphOf([debunk, early, late, undated]);
    const c = claim("claim:pumps", ["early", "check", "late", "blog"], { presentedAsTrue: ["early", "late", "blog"], reportedFalse: ["check"] });
    const found = findFindings(inputs(graph, { claims: [c] })).filter((f) => f.type === "claim_outlives_debunk");
    expect(found).toHaveLength(1);
    expect(found[0]?.articles).toEqual(["late", "blog", "check"]);
    expect(found[0]?.explanation).toMatch(/order comes from what the articles cite/);
  });

  // One story's claims are often two (its headline's and its statement's): the article that restates both after the
  // debunk was stated twice, once per claim, as if it had outlived two corrections.
  it("states once an article that restates several claims after their debunk, naming each claim", () => {
    const debunk: Doc = { id: "check", outlet: "Fact Desk", published: "2021-03-05", body: "The claim is false." };
    const late: Doc = { id: "late", outlet: "Valley Post", published: "2021-04-01", body: "The pumps stay. The mayor said so." };
    const graph = graphOf([debunk, late]);
    const pumps = claim("claim:pumps", ["check", "late"], { presentedAsTrue: ["late"], reportedFalse: ["check"] });
    const mayor = claim("claim:mayor", ["check", "late"], { label: "The mayor wants the pumps kept", presentedAsTrue: ["late"], reportedFalse: ["check"] });
    const found = findFindings(inputs(graph, { claims: [pumps, mayor] })).filter((f) => f.type === "claim_outlives_debunk");
    expect(found).toHaveLength(1);
    expect(found[0]?.articles).toEqual(["late", "check"]);
    expect(found[0]?.explanation).toContain(pumps.label);
    expect(found[0]?.explanation).toContain(mayor.label);
    expect(found[0]?.explanation).toMatch(/did not stop the claims\./);
  });

  it("states laundering where a later article presents as true what it took from one that called it satire", () => {
    const satire: Doc = { id: "sat", outlet: "Joke Weekly", published: "2021-03-01", body: "A satirical piece: the pumps stay." };
    const relay: Doc = { id: "relay", outlet: "Valley Post", published: "2021-03-04", body: "The pumps stay." };
    const graph = graphOf([satire, relay]);
    const c = claim("claim:pumps", ["sat", "relay"], { derivedFrom: { relay: ["sat"] }, presentedAsTrue: ["relay"], reportedFalse: ["sat"] });
    const found = findFindings(inputs(graph, { claims: [c] })).filter((f) => f.type === "laundering");
    expect(found.map((f) => f.articles)).toEqual([["sat", "relay"]]);
  });
});

describe("laundering told by the articles", () => {
  it("says the tellers report a label lost by someone else, not that they dropped it themselves", () => {
    const teller: Doc = { id: "teller", outlet: "Valley Post", published: "2021-03-05", body: "The agency picked up the piece and removed the satire disclaimer before it ran as news." };
    const graph = graphOf([teller]);
    const found = findFindings(inputs(graph, { readings: new Map([[teller.id, reading(teller)]]) })).filter((f) => f.type === "laundering");
    expect(found).toHaveLength(1);
    expect(found[0]!.explanation).toMatch(/tells how the story lost its label/);
    expect(found[0]!.explanation).toMatch(/By its account, a re-report along the way, not this article, passed/);
  });
});

describe("number drift across the case", () => {
  const docs = (bodies: readonly string[]): Doc[] => bodies.map((body, i) => ({ id: `n${i}`, outlet: ["Valley Post", "Quillon Gazette", "Harbour Herald", "Ferry Courier", "Brook Ledger", "Mill Times"][i]!, published: `2022-05-0${i + 1}`, body }));
  const driftOf = (ds: Doc[]) => {
    const graph = graphOf(ds);
    return findFindings(inputs(graph, { readings: new Map(ds.map((d) => [d.id, reading(d)])) })).filter((f) => f.type === "number_drift");
  };

  it("states one finding for a figure given two values across articles, in any language's unit words", () => {
    const found = driftOf(docs(["The mayor promised a 14-page plan for the docks.", "Il sindaco ha promesso un piano di 16 pagine per il porto."]));
    expect(found).toHaveLength(1);
    expect(found[0]!.articles).toEqual(["n0", "n1"]);
    expect(found[0]!.evidence.map((e) => e.text)).toEqual(["14-page", "16 pagine"]);
  });

  it("states a share told as a speed in some articles and an amount in others, naming every article when the versions are spread", () => {
    const found = driftOf(docs(["Riders on the new line saved 12 percent more time.", "Le linee nuove fanno risparmiare il 12% di tempo.", "The new line runs 12 per cent faster, the council said.", "Die neue Linie ist 12 Prozent schneller."]));
    expect(found).toHaveLength(1);
    expect(found[0]!.articles.sort()).toEqual(["n0", "n1", "n2", "n3"]);
  });

  it("names a few departing articles beside the first printers of the common version", () => {
    const common = "Each crew hauled 35 grams of silt a day from the weir.";
    const found = driftOf(docs([common, common, common, common, common, "Each crew hauled 35 grams of silt a month from the weir."]));
    expect(found).toHaveLength(1);
    expect(found[0]!.articles).toEqual(["n0", "n5"]);
  });

  it("states nothing for figures far apart, a rounding, or the same figure told alike", () => {
    expect(driftOf(docs(["The loaves held 72 percent rye and cut costs by 10 percent.", "With 72% rye, the loaves cut costs by 10% more."]))).toEqual([]);
    expect(driftOf(docs(["The archive holds 483,000 photos.", "The archive holds 480,000 photos."]))).toEqual([]);
    expect(driftOf(docs(["The hall seats 300 guests, about 12 percent more than the old one.", "A hall 12 percent larger than the old one."]))).toEqual([]);
  });
});

describe("quotations found on their words", () => {
  const LINE = "We will keep every pump on the north bank running until the spring floods are over";
  const docOf = (id: string, outlet: string, body: string): Doc => ({ id, outlet, published: `2022-06-0${id.length}`, body });
  /** A reading whose quotations are the double-quoted stretches of the body. */
  const quoted = (d: Doc): ArticleReading => {
    const base = reading(d);
    const quotations = [...d.body.matchAll(/[“"]([^“”"]+)[”"]/g)].map((m, i) => {
      const inner = textSpan(d.body, m.index + 1, m.index + m[0].length - 1);
      return { id: `${d.id}#w${i}`, kind: "quotation" as const, span: textSpan(d.body, m.index, m.index + m[0].length), parts: [inner] };
    });
    return { ...base, quotations };
  };
  const found = (docs: Doc[], relations: ReuseRelation[] = []) =>
    findFindings(inputs(graphOf(docs), { relations, readings: new Map(docs.map((d) => [d.id, quoted(d)])) }))
      .filter((f) => f.type === "recycled_quote" || f.type === "altered_quote")
      .map((f) => [f.type, [...f.articles].sort()]);

  it("states a quotation printed word for word by another article that no relation joins", () => {
    expect(found([docOf("a", "Valley Post", `"${LINE}," the mayor said.`), docOf("bb", "Quillon Gazette", `The mayor had said: "${LINE}."`)])).toEqual([["recycled_quote", ["a", "bb"]]]);
  });

  it("states a quotation printed with a word changed inside it as altered, not the quotation cut short at its head", () => {
    const changed = LINE.replace("every pump", "each pump");
    expect(found([docOf("a", "Valley Post", `"${LINE}," the mayor said.`), docOf("bb", "Quillon Gazette", `Then: "${changed}," she said.`)])).toEqual([["altered_quote", ["a", "bb"]]]);
    const tail = LINE.split(" ").slice(3).join(" ");
    expect(found([docOf("a", "Valley Post", `"${LINE}," the mayor said.`), docOf("bb", "Quillon Gazette", `She vowed to "${tail}."`)])).toEqual([["recycled_quote", ["a", "bb"]]]);
  });

  it("states a quotation of a written text printed again where the text itself is in the case, not a spoken one another article retells", () => {
    const text = docOf("a", "Valley Post", `${LINE}, the survey concludes.`);
    expect(found([text, docOf("bb", "Quillon Gazette", `The engineer wrote: "${LINE}."`)])).toEqual([["recycled_quote", ["a", "bb"]]]);
    expect(found([text, docOf("bb", "Quillon Gazette", `The engineer said: "${LINE}."`)])).toEqual([]);
  });

  it("opens an altered quotation with the earliest pair of printings, the earlier first, not a later fact-check's", () => {
    const changed = LINE.replace("keep every pump on the north bank running", "close every pump on the north bank");
    const docs: Doc[] = [
      { id: "check", outlet: "Fact Desk", published: "2024-09-05", body: `Posts claim the mayor said "${changed}." She did not.` },
      { id: "orig", outlet: "Valley Post", published: "2019-05-14", body: `"${LINE}," the mayor said.` },
      { id: "viral", outlet: "Viral Now", published: "2024-09-02", body: `The mayor once said "${changed}."` },
    ];
    const all = findFindings(inputs(graphOf(docs), { readings: new Map(docs.map((d) => [d.id, quoted(d)])) })).filter((f) => f.type === "altered_quote");
    expect(all).toHaveLength(1);
    expect(all[0]?.explanation).toMatch(/^Valley Post \(14 May 2019\) prints "We will keep every pump[^"]*"; Viral Now \(2 Sep 2024\) prints "We will close every pump/);
  });

  it("states a word swapped at the quotation's edge where the other's sentence runs on", () => {
    const cut = LINE.replace(/ are over$/, " are");
    expect(found([docOf("a", "Valley Post", `"${cut}," the mayor said.`), docOf("bb", "Quillon Gazette", `"${LINE.replace(/ are over$/, " have passed")} at last," officials said.`)])).toEqual([["altered_quote", ["a", "bb"]]]);
  });

  it("does not call a later quotation of a rumour an altered quotation of an earlier article (or a later copy of it) that printed the rumour without marks", () => {
    const told = "Stale cough syrup turns poisonous and can harm the liver within two days";
    const docs: Doc[] = [
      { id: "site", outlet: "Health Buzz", published: "2023-03-01", body: `${told.replace("within", "in just")}, a viral post says.` },
      { id: "check", outlet: "Fact Desk", published: "2023-03-04", body: `A message says that "${told.toLowerCase()}". That is false.` },
      // A week later another site prints the first one's words again, unmarked: still no quotation that lost its marks.
      { id: "again", outlet: "Home Cures", published: "2023-03-09", body: `Beware. ${told.replace("within", "in just")}. Share this.` },
    ];
    const all = findFindings(inputs(graphOf(docs), { readings: new Map(docs.map((d) => [d.id, quoted(d)])) }));
    expect(all.filter((f) => f.type === "altered_quote")).toEqual([]);
  });

  it("finds a printing where the other body opens inside the quotation, its words changed, at a hit before that body's first word", () => {
    // The quotation's runs are found in the other body from its first word on, so its words would start two words
    // before that body does: a stored text holding only the words it has room for, one of them changed, no marks.
    const opened = LINE.split(" ").slice(2).join(" ").replace("every pump", "each pump");
    expect(found([docOf("a", "Valley Post", `"${LINE}," the mayor said.`), docOf("bb", "Quillon Gazette", `${opened}, and the bank held.`)])).toEqual([["altered_quote", ["a", "bb"]]]);
    // Printed alike from there on, it is the quotation cut where that text starts: no finding.
    expect(found([docOf("a", "Valley Post", `"${LINE}," the mayor said.`), docOf("bb", "Quillon Gazette", `${LINE.split(" ").slice(2).join(" ")}, and the bank held.`)])).toEqual([]);
  });

  it("states words put in a source's mouth: a credited block whose words another article wrote as its report of what was found", () => {
    const summary = "Not only does the new weir stop the floods, the survey found, but it also keeps the river clean all year.";
    const given = "Not only does the new weir stop the floods, it also keeps the river clean all year.";
    const docs = [docOf("a", "Valley Post", `The council sent its survey out. ${summary}`), docOf("bb", "Quillon Gazette", `It spread everywhere. The survey stated:\n\n${given}`)];
    const all = findFindings(inputs(graphOf(docs), { readings: new Map(docs.map((d) => [d.id, quoted(d)])) }));
    expect(all.filter((f) => f.type === "unsupported_attribution").map((f) => [...f.articles].sort())).toEqual([["a", "bb"]]);
    expect(all.filter((f) => f.type === "altered_quote")).toEqual([]);
  });

  it("takes a quoted headline for a headline, not a quotation printed again", () => {
    const title = "Mayor Shocks Harbour Town, Endorses Floating Ferry Plan Before Spring Vote";
    expect(found([docOf("a", "Valley Post", `Its story "${title}" spread.`), docOf("bb", "Quillon Gazette", `The post "${title}" was shared.`)])).toEqual([]);
  });

  it("leaves a quotation carried word for word inside a copied passage to the copy", () => {
    const a = docOf("a", "Valley Post", `"${LINE}," the mayor said.`);
    const b = docOf("bb", "Quillon Gazette", `"${LINE}," the mayor said.`);
    const copy: ReuseRelation = {
      kind: "copies",
      from: "bb",
      to: "a",
      direction: "dated",
      orientedBy: "dates",
      passages: [{ from: { article: "bb", ...textSpan(b.body, 0, b.body.length) }, to: { article: "a", ...textSpan(a.body, 0, a.body.length) }, similarity: 1 }],
      credited: false,
      sharedWith: [],
    };
    expect(found([a, b], [copy])).toEqual([]);
  });
});

describe("credits whose name is missing", () => {
  const cases: Record<string, string> = {
    "en.credit_without_name": "The ferry plan was shared widely despite being false, reports.",
    "en.sentence_without_subject": "was barely two weeks old when it ran the ferry story.",
    "en.preposition_without_object": "Most articles on are satire or pure fantasy.",
    "en.according_to_nothing": "The ferry will stop running, according to .",
  };
  it.each(Object.keys(cases).map((id) => [id] as const))("cue %s states one finding for the article that shows it", (id) => {
    const d: Doc = { id: "e", outlet: "Harbour Herald", published: "2022-01-01", body: `The pumps stay. ${cases[id]}` };
    const found = findFindings(inputs(graphOf([d]), { readings: new Map([["e", reading(d)]]) })).filter((f) => f.type === "unsupported_attribution");
    expect(found.map((f) => f.articles)).toEqual([["e"]]);
    expect(EMPTY_CREDIT_CUES.en!.find((c) => c.id === id)!.pattern.test(cases[id]!)).toBe(true);
  });
  it("states nothing for credits that name someone", () => {
    const d: Doc = { id: "e", outlet: "Harbour Herald", published: "2022-01-01", body: "The plan was false, the Quillon Gazette reports. It was based on a rumour. Most articles on the site are satire." };
    expect(findFindings(inputs(graphOf([d]), { readings: new Map([["e", reading(d)]]) })).filter((f) => f.type === "unsupported_attribution")).toEqual([]);
  });
});

describe("an unnamed chorus of outlets", () => {
  const bodies = ["News outlets around the world are reporting that the ferry will be free.", "News outlets have circulated the news that the ferry will be free.", "Media outlets had reported that the ferry would be free, the post claimed."];
  const docs: Doc[] = bodies.map((body, i) => ({ id: `c${i}`, outlet: ["Valley Post", "Quillon Gazette", "Harbour Herald"][i]!, published: `2022-02-0${i + 1}`, body }));
  const copy: ReuseRelation = { kind: "copies", from: "c1", to: "c0", direction: "dated", orientedBy: "dates", passages: [], credited: false, sharedWith: [] };
  const chorus = (relations: ReuseRelation[]) =>
    findFindings(inputs(graphOf(docs), { relations, readings: new Map(docs.map((d) => [d.id, reading(d)])) })).filter((f) => f.type === "circular_reporting").map((f) => f.articles);

  it("states circular reporting where the articles that cite unnamed outlets took the story from one another", () => {
    expect(chorus([copy])).toEqual([["c0", "c1", "c2"]]);
    expect(bodies.every((b) => UNNAMED_CHORUS_CUES.en!.some((c) => c.test(b)))).toBe(true);
  });
  it("states nothing where no relation joins them", () => {
    expect(chorus([])).toEqual([]);
  });
});
