/** Findings: what a fact-checker should look at, each with the articles involved, evidence passages and plain sentences a teacher could read out. */
import type { DriftEvidence, ReuseRelation } from "../align/types.ts";
import { compareDates, formatDateShort, type PublishedDate } from "../core/dates.ts";
import type { ArticleReading } from "../extract/types.ts";
import { UNKNOWN_OUTLET } from "../graph/articles.ts";
import { CONFIDENT, type DiffOp, type Evidence, type Finding, type FindingType, type ProvenanceGraph } from "../graph/types.ts";
import { quoteGroups, travellingTogether, type QuoteGroup } from "./quoteGroups.ts";
import { labelLosses } from "./laundering.ts";
import { compareArticles } from "./trace.ts";
import { isLive } from "../review/live.ts";
import type { ClaimAnalysis } from "./types.ts";

export interface FindingInputs {
  graph: ProvenanceGraph;
  claims: readonly ClaimAnalysis[];
  relations: readonly ReuseRelation[];
  drift: readonly DriftEvidence[];
  readings: ReadonlyMap<string, ArticleReading>;
}

/** A reading may ground a finding when it is confident (an absent confidence is a certain reading). */
export function confident(confidence: number | undefined): boolean {
  return confidence === undefined || confidence >= CONFIDENT;
}

/** "Asia Times (28 Mar 2019)": how an article is named in a sentence, with its date never more precise than known. */
export function articleName(graph: ProvenanceGraph, id: string): string {
  if (!graph.hasNode(id)) return id;
  const a = graph.getNodeAttributes(id);
  if (a.kind !== "article") return a.label;
  if (!graph.hasNode(a.outlet) || graph.getNodeAttribute(a.outlet, "label").startsWith(UNKNOWN_OUTLET)) {
    // No outlet known: the headline (or file) is how a reader finds the article.
    const title = a.title ? `"${quoteSnippet(a.title, 8)}"` : `article ${id}`;
    return a.published && a.datePrecision ? `${title} (${formatDateShort({ iso: a.published, precision: a.datePrecision, estimated: a.dateEstimated ?? false })})` : `${title} (undated)`;
  }
  const date = a.published && a.datePrecision ? formatDateShort({ iso: a.published, precision: a.datePrecision, estimated: a.dateEstimated ?? false }) : "undated";
  return `${a.outletName} (${date})`;
}

function nodeLabel(graph: ProvenanceGraph, key: string): string {
  return graph.hasNode(key) ? graph.getNodeAttribute(key, "label") : key.replace(/^(source|outlet):/, "").replace(/-/g, " ");
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function quoteSnippet(text: string, words = 12): string {
  const w = text.replace(/\s+/g, " ").trim().split(" ");
  return w.length > words ? `${w.slice(0, words).join(" ")} …` : w.join(" ");
}

function edgeKeys(graph: ProvenanceGraph, kind: string, from: string, to: string): string[] {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return [];
  // An edge a person rejected shows nothing (src/review).
  return graph.directedEdges(from, to).filter((e) => graph.getEdgeAttribute(e, "kind") === kind && isLive(graph.getEdgeAttributes(e)));
}

/** Every edge by which `from` took something from `to`: a citation, a copy, or a quotation (recycled or altered). */
function takingEdges(graph: ProvenanceGraph, from: string, to: string): string[] {
  return (["cites", "copies", "quotes_same", "alters_quote"] as const).flatMap((kind) => edgeKeys(graph, kind, from, to));
}

function claimEvidence(claim: ClaimAnalysis): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const s of claim.statements) {
    if (s.start < 0 || seen.has(s.article)) continue;
    seen.add(s.article);
    out.push({ article: s.article, start: s.start, end: s.end, text: s.text });
  }
  return out;
}

/** Replaces article ids in a sentence written by another stage with the names readers know them by. */
function withArticleNames(graph: ProvenanceGraph, text: string): string {
  return text.replace(/[\p{L}\p{N}][\p{L}\p{N}._-]*/gu, (word) => (graph.hasNode(word) && graph.getNodeAttribute(word, "kind") === "article" ? articleName(graph, word) : word));
}

/** An article's date as the graph gives it. */
function dateOf(graph: ProvenanceGraph, id: string): PublishedDate | undefined {
  if (!graph.hasNode(id)) return undefined;
  const a = graph.getNodeAttributes(id);
  return a.kind === "article" && a.published && a.datePrecision ? { iso: a.published, precision: a.datePrecision, estimated: a.dateEstimated ?? false } : undefined;
}

/** The outlet node key of an article, if the node is an article. */
function outletOfArticle(graph: ProvenanceGraph, id: string): string | undefined {
  if (!graph.hasNode(id)) return undefined;
  const a = graph.getNodeAttributes(id);
  return a.kind === "article" ? a.outlet : undefined;
}

/** Who a source is, for a sentence: its label, and the outlet that relayed it when it reached the case second-hand. */
function sourcePhrase(graph: ProvenanceGraph, key: string, relayedBy: string | undefined): string {
  const label = nodeLabel(graph, key);
  return relayedBy ? `${label}, relayed by ${nodeLabel(graph, relayedBy)}` : label;
}

/** Words of shared reporting text below which an uncredited copy is not stated. */
const MIN_UNCREDITED_WORDS = 25;

/** Repetitions per independent source from which several first reports still read as amplification. */
const AMPLIFICATION_RATIO = 2;

/** What the stance stage adds to a claim, read defensively so graphs and claims made before stance still work (absent = every article presents it as true). */
interface StanceView {
  presentedAsTrue?: string[];
  reportedFalse?: string[];
  main?: boolean;
}

/** The claims findings speak about: the story's main claims where the claim stage marked them, else every claim. */
function claimsToState(claims: readonly ClaimAnalysis[]): (ClaimAnalysis & StanceView)[] {
  const all = claims as readonly (ClaimAnalysis & StanceView)[];
  return all.some((c) => c.main === true) ? all.filter((c) => c.main === true) : [...all];
}

/** Articles that present the claim as true: only these amplify it. */
export function presentingAsTrue(claim: ClaimAnalysis & StanceView): string[] {
  return claim.presentedAsTrue ?? claim.articles;
}

/**
 * The sources behind the claim's independent first reports, with sources that are not really different merged: an
 * anonymous source and the outlet that relayed it are one, and a source an article had from another article of the
 * case belongs to that article.
 */
function independentSources(inputs: FindingInputs, claim: ClaimAnalysis, origins: readonly string[]): Set<string> {
  const out = new Set<string>();
  const relayedBy = new Map<string, string>();
  for (const o of origins) {
    for (const m of inputs.readings.get(o)?.sources ?? []) if (m.via) relayedBy.set(m.key, m.via);
  }
  for (const o of origins) {
    for (const src of claim.restsOn[o] ?? []) {
      const via = relayedBy.get(src);
      if (via && inputs.readings.has(via)) continue;
      out.add(via && (claim.restsOn[o] ?? []).includes(via) ? via : src);
    }
  }
  // An anonymous source relayed by an outlet the claim also rests on is that outlet's report, not a second source.
  for (const [src, via] of relayedBy) if (out.has(src) && out.has(via)) out.delete(src);
  return out;
}

/**
 * A claim presented as true by more articles than it has independent origins: the repetition looks like confirmation
 * and is not. Only articles that present the claim as true count (a debunk quoting it amplifies nothing), and the
 * finding is stated only where those articles rest on one first report or one source.
 */
function amplification(inputs: FindingInputs): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  for (const claim of claimsToState(inputs.claims)) {
    const asTrue = presentingAsTrue(claim);
    const trueSet = new Set(asTrue);
    const derived = asTrue.filter((a) => (claim.derivedFrom[a] ?? []).length > 0);
    const outlets = new Set(asTrue.map((a) => outletOfArticle(graph, a) ?? a));
    // Amplification is repetition across outlets: at least three articles, two outlets, and one taken from another.
    if (asTrue.length < 3 || outlets.size < 2 || derived.length === 0) continue;
    const origins = asTrue.filter((a) => !derived.includes(a));
    const fromOrigins = independentSources(inputs, claim, origins);
    // Several first reports on several sources are independent reporting, not one source amplified — unless the
    // repetitions outnumber those sources at least two to one.
    if (origins.length > 1 && fromOrigins.size > 1 && asTrue.length < AMPLIFICATION_RATIO * fromOrigins.size) continue;
    // Sources a later article added (with the outlet that relayed them).
    const added = new Map<string, string | undefined>();
    for (const a of derived) {
      for (const src of claim.restsOn[a] ?? []) {
        if (fromOrigins.has(src) || added.has(src)) continue;
        const mention = inputs.readings.get(a)?.sources.find((m) => m.key === src);
        // A source this article took from an article of the case belongs to that article, not to the new ones.
        if (mention?.via && inputs.readings.has(mention.via)) continue;
        // The outlet's own word in an article that took the claim from another is not a new source.
        if (outletOfArticle(graph, a) === src) continue;
        added.set(src, mention?.via);
      }
    }
    const originNames = listWords(origins.map((o) => articleName(graph, o)));
    const originSources = [...fromOrigins].map((k) => nodeLabel(graph, k));
    const anonymous = [...fromOrigins, ...added.keys()].filter((k) => graph.hasNode(k) && (graph.getNodeAttributes(k) as { sourceType?: string }).sourceType === "anonymous").length;
    const newSources = [...added].map(([k, via]) => sourcePhrase(graph, k, via));
    const sources = fromOrigins.size + added.size;
    const against = (claim.reportedFalse ?? []).length;
    findings.push({
      id: `single_source_amplification:${claim.key}`,
      type: "single_source_amplification",
      articles: [...origins, ...derived],
      claim: claim.key,
      explanation:
        `The claim "${claim.label}" is presented as true in ${asTrue.length} articles from ${outlets.size} outlet${outlets.size === 1 ? "" : "s"}${against > 0 ? ` (${against} more report${against === 1 ? "s" : ""} it as false or doubtful)` : ""}, ` +
        `but ${derived.length === asTrue.length - 1 && origins.length === 1 ? "every version traces" : `${derived.length} of them trace${derived.length === 1 ? "s" : ""}`} back to ${originNames}` +
        `${originSources.length > 0 ? ` and its sources (${listWords(originSources)})` : ""}. ` +
        (newSources.length === 0 ? "No later article adds a source of its own." : `The only new source${newSources.length === 1 ? " is" : "s are"} ${listWords(newSources)}.`) +
        ` ${asTrue.length} articles, ${origins.length === 1 ? "one origin" : `${origins.length} origins`}, ${sources} independent source${sources === 1 ? "" : "s"}${anonymous > 0 ? ` (${anonymous} anonymous)` : ""}: the repetition is not confirmation.`,
      evidence: claimEvidence(claim).filter((e) => trueSet.has(e.article)),
      edges: derived.flatMap((a) => (claim.derivedFrom[a] ?? []).flatMap((t) => takingEdges(graph, a, t))),
    });
  }
  return findings;
}

/** Whether we know which article of a reuse relation came first: its dates say so, or the later one cites the earlier. */
function knownOrder(r: ReuseRelation): boolean {
  return r.direction === "dated" || r.orientedBy === "citation";
}

/** The same quotation printed again, often as if it were fresh: one finding per quotation, however many articles print it. */
function recycledQuotes(inputs: FindingInputs, groups: readonly QuoteGroup[]): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  for (const g of groups) {
    const same = g.relations.filter((r) => r.kind === "quotes_same");
    if (same.length === 0) continue;
    const origin = g.first.length === 1 ? g.first[0]! : undefined;
    const passage = same[0]!.passages[0];
    if (!passage) continue;
    const first = g.printings.find((p) => p.article === (origin ?? same[0]!.to)) ?? passage.to;
    // A speaker is named only where the printers that name one agree.
    const named = [...new Set([...g.speakers.values()].filter((k): k is string => k !== undefined))];
    const speakerKey = named.length === 1 ? named[0] : undefined;
    const who = speakerKey ? `${nodeLabel(graph, speakerKey)}'s quotation` : "The quotation";
    const articles = origin ? [origin, ...g.articles.filter((a) => a !== origin)] : g.articles;
    const repeaters = articles.filter((a) => a !== origin);
    const dated = origin !== undefined && g.relations.every(knownOrder);
    findings.push({
      id: `recycled_quote:${first.article}:${first.start}`,
      type: "recycled_quote",
      articles,
      explanation: dated
        ? `${who} "${quoteSnippet(first.text)}" first appeared in ${articleName(graph, origin)}. ` +
          `${listWords(repeaters.map((a) => articleName(graph, a)))} repeat${repeaters.length === 1 ? "s" : ""} it — one interview, printed again, is not a new statement.`
        : `${who} "${quoteSnippet(first.text)}" appears in ${listWords(articles.map((a) => articleName(graph, a)))}. ` +
          "Which printed it first cannot be told, but it is one statement printed again, not several.",
      evidence: g.printings.slice(0, 6),
      edges: g.relations.flatMap((r) => edgeKeys(graph, r.kind, r.from, r.to)),
    });
  }
  return findings;
}

/** The edit as a reader would point at it: a bracketed insertion shown whole ("[to the Badia]" → "[to the Homs desert]"), stray punctuation trimmed. */
function changedWords(diff: readonly DiffOp[] | undefined): string {
  if (!diff) return "";
  const trim = (t: string) => t.trim().replace(/^[,.;:!?"”“’‘]+|[,.;:!?"”“’‘]+$/g, "");
  const changes: string[] = [];
  for (let i = 0; i < diff.length; i++) {
    const op = diff[i] as DiffOp;
    if (op.op === "equal") continue;
    const next = diff[i + 1];
    if (op.op === "delete" && next?.op === "insert") {
      let before = trim(op.text);
      let after = trim(next.text);
      // Inside an editor's bracket: show the whole bracket on both sides.
      const prev = diff[i - 1]?.op === "equal" ? (diff[i - 1] as DiffOp).text : "";
      const follow = diff[i + 2]?.op === "equal" ? (diff[i + 2] as DiffOp).text : "";
      const open = prev.lastIndexOf("[");
      if (open >= 0 && prev.indexOf("]", open) < 0) {
        const head = prev.slice(open);
        const tail = follow.slice(0, follow.indexOf("]") + 1);
        const join = (a: string, b: string) => (a.endsWith("[") || /\s$/.test(a) || /^\s/.test(b) ? `${a}${b}` : `${a} ${b}`);
        before = `${join(head, op.text)}${tail}`.replace(/\s+/g, " ").replace(/[,.;:]+(?=\]?$)/, "");
        after = `${join(head, next.text)}${tail}`.replace(/\s+/g, " ").replace(/[,.;:]+(?=\]?$)/, "");
      }
      if (before !== after) changes.push(`"${before}" became "${after}"`);
      i++;
    } else if (trim(op.text)) changes.push(op.op === "delete" ? `"${trim(op.text)}" was dropped` : `"${trim(op.text)}" was added`);
  }
  return listWords(changes.slice(0, 4));
}

/** A quotation repeated with changed words inside the quotation marks: one finding per quotation, each change named. */
function alteredQuotes(inputs: FindingInputs, groups: readonly QuoteGroup[]): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  for (const g of groups) {
    const altered = g.relations.filter((r) => r.kind === "alters_quote");
    if (altered.length === 0) continue;
    const sentences = altered.slice(0, 4).map((r) => {
      const p = r.passages.find((x) => x.diff?.some((d) => d.op !== "equal")) ?? r.passages[0];
      const change = changedWords(p?.diff) || "the wording differs";
      return knownOrder(r)
        ? `${articleName(graph, r.from)} repeats a quotation first printed by ${articleName(graph, r.to)}, but the words inside the quotation marks changed: ${change}.`
        : `${articleName(graph, r.from)} and ${articleName(graph, r.to)} print one quotation with different words inside the quotation marks (${change}); which changed it cannot be told.`;
    });
    const more = altered.length > 4 ? ` ${altered.length - 4} more article${altered.length - 4 === 1 ? "" : "s"} change it too.` : "";
    const articles = [...new Set(altered.flatMap((r) => [r.to, r.from]))];
    findings.push({
      id: `altered_quote:${altered[0]!.from}:${altered[0]!.to}`,
      type: "altered_quote",
      articles,
      explanation: `${sentences.join(" ")}${more} A reader sees quotation marks and trusts the words are the speaker's.`,
      evidence: altered.slice(0, 4).flatMap((r) => {
        const p = r.passages.find((x) => x.diff?.some((d) => d.op !== "equal")) ?? r.passages[0];
        return p ? [p.to, p.from] : [];
      }),
      edges: altered.flatMap((r) => edgeKeys(graph, "alters_quote", r.from, r.to)),
    });
  }
  return findings;
}

/** Groups of one quotation that no relation joins (each reached the case by its own route) are still one quotation where their words are the same. */
function sameWords(groups: readonly QuoteGroup[]): QuoteGroup[] {
  const key = (g: QuoteGroup) =>
    (g.printings[0]?.text ?? "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
      .split(" ")
      .slice(0, 8)
      .join(" ");
  const byKey = new Map<string, QuoteGroup>();
  const out: QuoteGroup[] = [];
  for (const g of groups) {
    const k = key(g);
    const into = k.split(" ").length >= 4 ? byKey.get(k) : undefined;
    if (!into) {
      const copy = { ...g, articles: [...g.articles], relations: [...g.relations], printings: [...g.printings], speakers: new Map(g.speakers) };
      out.push(copy);
      if (k.split(" ").length >= 4) byKey.set(k, copy);
      continue;
    }
    for (const a of g.articles) if (!into.articles.includes(a)) into.articles.push(a);
    into.relations.push(...g.relations.filter((r) => !into.relations.includes(r)));
    into.printings.push(...g.printings.filter((p) => !into.printings.some((q) => q.article === p.article)));
    for (const [a, sp] of g.speakers) if (!into.speakers.has(a)) into.speakers.set(a, sp);
  }
  return out;
}

/**
 * One quotation credited to different speakers by the articles that print it (a name respelled, a speaker dropped, the
 * words given to someone else): attribution drift about the same words, not two statements.
 */
function quoteAttributionDrift(inputs: FindingInputs, separate: readonly QuoteGroup[], already: readonly Finding[]): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  for (const g of sameWords(separate)) {
    const credited = [...g.speakers.entries()];
    const labels = new Map<string, string[]>();
    for (const [article, key] of credited) {
      const label = key ? nodeLabel(graph, key) : "no one";
      labels.set(label, [...(labels.get(label) ?? []), article]);
    }
    const named = [...labels.keys()].filter((l) => l !== "no one");
    // Drift needs a speaker somewhere and two different credits; an article naming no one beside others that name the
    // speaker has dropped the speaker.
    if (named.length === 0 || labels.size < 2) continue;
    const articles = credited.map(([a]) => a);
    if (already.some((f) => f.type === "attribution_drift" && articles.every((a) => f.articles.includes(a)))) continue;
    const parts = [...labels.entries()].map(([label, arts]) => `${listWords(arts.slice(0, 3).map((a) => articleName(graph, a)))}${arts.length > 3 ? ` and ${arts.length - 3} more` : ""} ${label === "no one" ? "credit no one" : `credit${arts.length === 1 ? "s" : ""} ${label}`}`);
    const first = g.printings[0]!;
    findings.push({
      id: `attribution_drift:quote:${first.article}:${first.start}`,
      type: "attribution_drift",
      articles,
      explanation: `The same quoted words "${quoteSnippet(first.text)}" are credited differently: ${parts.join("; ")}. The words are one statement; who it is said to come from changed as it was repeated.`,
      evidence: g.printings.slice(0, 6),
      edges: g.relations.flatMap((r) => edgeKeys(graph, r.kind, r.from, r.to)),
    });
  }
  return findings;
}

/** Text taken from an earlier article without naming it; where the wording shows the path, the chain it travelled. */
function uncreditedCopies(inputs: FindingInputs): Finding[] {
  const { graph } = inputs;
  return inputs.relations
    // A shared run shorter than a few sentences is as likely a common source's phrasing as a copy worth stating.
    .filter((r) => r.kind === "copies" && !r.credited && r.passages.reduce((n, p) => n + p.from.text.split(/\s+/).length, 0) >= MIN_UNCREDITED_WORDS)
    .map((r) => {
      const words = r.passages.reduce((n, p) => n + p.from.text.split(/\s+/).length, 0);
      const credits = [...new Set(inputs.readings.get(r.from)?.attributions.filter((a) => !a.interview && confident(a.confidence)).map((a) => a.outletName) ?? [])];
      // The path: r.to took the text from an earlier article that r.from also shares it with, yet r.from follows r.to's wording.
      const upstream = r.via ? inputs.relations.find((u) => u.from === r.to && inputs.relations.some((x) => x.from === r.from && x.to === u.to)) : undefined;
      const path = upstream
        ? ` Where both earlier articles printed the text, it follows the wording only ${articleName(graph, r.to)} printed, so the text travelled ${articleName(graph, upstream.to)} → ${articleName(graph, r.to)} → ${articleName(graph, r.from)}.`
        : r.via
          ? ` ${withArticleNames(graph, r.via)}`
          : "";
      return {
        id: `uncredited_copy:${r.from}:${r.to}`,
        type: "uncredited_copy" as FindingType,
        articles: [r.from, r.to],
        explanation: knownOrder(r)
          ? `${articleName(graph, r.from)} reuses ${r.passages.length} passage${r.passages.length === 1 ? "" : "s"} (${words} words) of ${articleName(graph, r.to)} without naming it${credits.length > 0 ? `; it credits ${listWords(credits)} instead` : ""}.${path}`
          : `${articleName(graph, r.from)} and ${articleName(graph, r.to)} share ${r.passages.length} passage${r.passages.length === 1 ? "" : "s"} (${words} words) of the same reporting text, and neither names the other${credits.length > 0 ? ` (${articleName(graph, r.from)} credits ${listWords(credits)})` : ""}. Which copied which cannot be told from the dates; one took the text from the other, or both from a common source, uncredited.${path}`,
        evidence: r.passages.slice(0, 4).flatMap((p) => [p.from, p.to]),
        edges: [...edgeKeys(graph, "copies", r.from, r.to), ...(upstream ? edgeKeys(graph, upstream.kind, upstream.from, upstream.to) : [])],
      };
    });
}

/** Share of an article's body a copy must cover for the copy partner to carry the same story. */
const SAME_STORY_SHARE = 0.5;

/** Frames by which an article says the whole story is another outlet's: a "Source: X" line, "first appeared in X". */
const WHOLE_STORY_FRAMES: ReadonlySet<string> = new Set(["source_line", "first_appeared_in"]);

/**
 * An article that is another outlet's story: a syndication credit (`republishes`), or a confident "Source: X" /
 * "first appeared in X" line. The articles of the case that carry the same story (the outlet of record's own, or
 * one sharing the text by copy) are named with it: one story, not several.
 */
function syndication(inputs: FindingInputs): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const sameStory = (article: string, outlet: string): string[] => {
    const ofOutlet = graph.filterNodes((n, a) => n !== article && a.kind === "article" && a.outlet === outlet);
    // A copy partner carries the same story when the shared text is most of the article, not a paragraph of it.
    const body = graph.hasNode(article) && graph.getNodeAttribute(article, "kind") === "article" ? (graph.getNodeAttributes(article) as { bodyLength: number }).bodyLength : 0;
    const most = (r: ReuseRelation) => r.passages.reduce((n, p) => n + ((r.from === article ? p.from : p.to).end - (r.from === article ? p.from : p.to).start), 0) >= SAME_STORY_SHARE * body;
    const copied = inputs.relations.filter((r) => r.kind === "copies" && (r.from === article || r.to === article) && most(r)).map((r) => (r.from === article ? r.to : r.from));
    return [...new Set([...ofOutlet, ...copied])];
  };
  graph.forEachEdge((key, e, source, target) => {
    const credit = isLive(e) && (e.kind === "republishes" || (e.kind === "cites" && WHOLE_STORY_FRAMES.has(e.frame) && confident(e.confidence)));
    if (!credit || graph.getNodeAttribute(source, "kind") !== "article") return;
    const outlet = graph.getNodeAttribute(target, "kind") === "article" ? outletOfArticle(graph, target) ?? target : target;
    const id = `syndication:${source}:${outlet}`;
    if (seen.has(id)) return;
    seen.add(id);
    const others = sameStory(source, outlet).filter((a) => a !== target);
    const name = nodeLabel(graph, outlet);
    findings.push({
      id,
      type: "syndication",
      articles: [source, ...(graph.getNodeAttribute(target, "kind") === "article" ? [target] : []), ...others],
      explanation:
        `${articleName(graph, source)} runs a story by ${name}${e.kind === "cites" && e.evidence?.[0] ? ` ("${quoteSnippet(e.evidence[0].text, 10)}")` : ""}: the outlet of record is ${name}, so the two are one source, not two.` +
        (others.length > 0 ? ` ${listWords(others.map((o) => articleName(graph, o)))} carr${others.length === 1 ? "ies" : "y"} the same text.` : ""),
      evidence: (e.evidence ?? []).slice(0, 2),
      edges: [key],
    });
  });
  return findings;
}

/** Plain words for a drift, naming articles the way a reader knows them. */
function driftExplanation(graph: ProvenanceGraph, d: DriftEvidence): string {
  const later = articleName(graph, d.articles[0]);
  const earlier = articleName(graph, d.articles[1]);
  switch (d.type) {
    case "number_drift":
      return `${earlier} wrote "${d.earlier.span.text}"; ${later} retells it as "${d.later.span.text}". The number changed on the way, and nobody new counted.`;
    case "attribution_drift": {
      const who = (k: string) => (k === "none" ? "no one" : nodeLabel(graph, k));
      return `${earlier} credits this to ${who(d.earlierSource)}; ${later} credits it to ${who(d.laterSource)}. The statement is the same, but who it is said to come from changed.`;
    }
    case "unsupported_attribution":
      return `${later} credits ${earlier} with "${quoteSnippet(d.clause.text, 16)}", but ${earlier} says no such thing${d.closest && d.support >= 0.35 ? ` (its closest sentence: "${quoteSnippet(d.closest.text, 20)}")` : ""}. Check what a cited report actually says before repeating it.`;
  }
}

/** Drift found by the reuse stage: numbers, attributions, and claims a cited article never made (one finding per claim, however many articles repeat it). */
function drift(inputs: FindingInputs): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  const unsupported = new Map<string, Finding>();
  inputs.drift.forEach((d, i) => {
    const [later, earlier] = d.articles;
    const edges = takingEdges(graph, later, earlier);
    if (d.type === "unsupported_attribution") {
      // Several articles crediting one report with the same unsupported words are one finding.
      const key = `${earlier}\u0000${d.clause.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()}`;
      const seen = unsupported.get(key);
      const evidence: Evidence = { article: later, ...d.clause };
      if (seen) {
        seen.articles.splice(seen.articles.length - 1, 0, later);
        seen.evidence.push(evidence);
        seen.edges?.push(...edges);
        const citing = seen.articles.slice(0, -1);
        seen.explanation = `${listWords(citing.map((a) => articleName(graph, a)))} credit ${articleName(graph, earlier)} with "${quoteSnippet(d.clause.text, 16)}", but ${articleName(graph, earlier)} says no such thing. Check what a cited report actually says before repeating it.`;
        return;
      }
      const finding: Finding = {
        id: `unsupported_attribution:${later}:${earlier}:${i}`,
        type: d.type,
        articles: [later, earlier],
        explanation: driftExplanation(graph, d),
        evidence: [evidence, ...(d.closest ? [{ article: earlier, ...d.closest }] : [])],
        edges,
      };
      unsupported.set(key, finding);
      findings.push(finding);
      return;
    }
    findings.push({
      id: `${d.type}:${later}:${earlier}:${i}`,
      type: d.type,
      articles: [earlier, later],
      explanation: driftExplanation(graph, d),
      evidence: [{ article: earlier, ...d.sentences[1] }, { article: later, ...d.sentences[0] }],
      edges,
    });
  });
  return findings;
}

/** Outlets whose citations form a loop (A cites B, B's report rests on A): the confirmation is circular. Found as strongly connected outlets. */
function circularReporting(inputs: FindingInputs): Finding[] {
  const { graph } = inputs;
  const outletOf = (n: string): string | undefined => {
    const a = graph.getNodeAttributes(n);
    return a.kind === "article" ? a.outlet : a.kind === "outlet" ? n : undefined;
  };
  // Outlet-level "takes from" graph: an article's citation, copy or quotation of another outlet's work.
  const takes = new Map<string, Map<string, string[]>>();
  graph.forEachEdge((key, e, source, target) => {
    if (!["cites", "copies", "quotes_same", "alters_quote"].includes(e.kind) || !confident(e.confidence) || !isLive(e)) return;
    // A copy whose direction is only a convention (nothing orders the two) says nothing of who leans on whom.
    if ("orientedBy" in e && e.orientedBy === "none") return;
    const from = outletOf(source);
    const to = outletOf(target);
    if (!from || !to || from === to) return;
    if (!takes.has(from)) takes.set(from, new Map());
    const m = takes.get(from) as Map<string, string[]>;
    m.set(to, [...(m.get(to) ?? []), key]);
  });
  // Tarjan's strongly connected components over outlets.
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of takes.get(v)?.keys() ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, idx.get(w) as number));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1) components.push(comp);
    }
  };
  for (const v of takes.keys()) if (!idx.has(v)) visit(v);

  return components.map((comp) => {
    const inComp = new Set(comp);
    const edges: string[] = [];
    for (const from of comp) for (const [to, keys] of takes.get(from) ?? []) if (inComp.has(to)) edges.push(...keys);
    const articles = [...new Set(edges.flatMap((k) => [graph.source(k), graph.target(k)]).filter((n) => graph.getNodeAttribute(n, "kind") === "article"))];
    const names = comp.map((o) => nodeLabel(graph, o));
    const evidence = edges.flatMap((k) => graph.getEdgeAttribute(k, "evidence") ?? []).slice(0, 4);
    return {
      id: `circular_reporting:${comp.sort().join("+")}`,
      type: "circular_reporting" as FindingType,
      articles,
      explanation:
        `${listWords(names)} cite each other: each one's report leans on the other's. ` +
        "When A cites B as confirmation and B's story came from A, the claim has one source, not two.",
      evidence,
      edges,
    };
  });
}

/** Per-article stance details, read defensively (graphs and claims made before stance have none). */
type StanceDetail = { stance: string; confidence: number; evidence?: Evidence[] };
function stanceOf(claim: ClaimAnalysis, article: string): StanceDetail | undefined {
  return (claim as ClaimAnalysis & { stances?: Record<string, StanceDetail> }).stances?.[article];
}

/** Articles that report the claim as false, satire or doubtful, on a confident reading. */
function confidentlyFalse(claim: ClaimAnalysis & StanceView): string[] {
  return (claim.reportedFalse ?? []).filter((a) => confident(stanceOf(claim, a)?.confidence));
}

/**
 * A claim presented as true by an article that comes after articles of the case that had reported it false (by date,
 * or by what the texts say of each other): the correction did not stop it.
 */
function claimOutlivesDebunk(inputs: FindingInputs): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  for (const claim of claimsToState(inputs.claims)) {
    if (!claim.presentedAsTrue) continue;
    const debunks = confidentlyFalse(claim).filter((a) => graph.hasNode(a));
    const late = claim.presentedAsTrue
      .filter((t) => graph.hasNode(t) && confident(stanceOf(claim, t)?.confidence))
      .map((t) => ({ t, before: debunks.filter((f) => compareArticles(graph, t, f) === 1) }))
      .filter((x) => x.before.length > 0);
    if (late.length === 0) continue;
    const earlierDebunks = [...new Set(late.flatMap((x) => x.before))];
    const inferred = late.some((x) => x.before.some((f) => compareDates(dateOf(graph, x.t), dateOf(graph, f)) === 0));
    const stanceWords = (a: string) => (stanceOf(claim, a)?.evidence ?? []).slice(0, 1);
    findings.push({
      id: `claim_outlives_debunk:${claim.key}`,
      type: "claim_outlives_debunk",
      articles: [...late.map((x) => x.t), ...earlierDebunks],
      claim: claim.key,
      explanation:
        `${listWords(late.map((x) => articleName(graph, x.t)))} present${late.length === 1 ? "s" : ""} "${claim.label}" as true after ` +
        `${listWords(earlierDebunks.slice(0, 4).map((a) => articleName(graph, a)))}${earlierDebunks.length > 4 ? ` and ${earlierDebunks.length - 4} more` : ""} had reported it false or doubtful` +
        `${inferred ? " (the order comes from what the articles cite, where their dates leave it open)" : ""}. The correction did not stop the claim.`,
      evidence: [...late.flatMap((x) => [...claimEvidence(claim).filter((e) => e.article === x.t), ...stanceWords(x.t)]), ...earlierDebunks.flatMap(stanceWords)].slice(0, 8),
      edges: [...late.map((x) => x.t), ...earlierDebunks].flatMap((a) => edgeKeys(graph, "asserts", a, claim.key)),
    });
  }
  return findings;
}

/** Laundering: by the case's relations (true taken from a debunk or a satire label) and by what the articles say happened. */
function laundering(inputs: FindingInputs): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  for (const claim of claimsToState(inputs.claims)) {
    if (!claim.presentedAsTrue) continue;
    const labelled = new Set(confidentlyFalse(claim));
    // The label can only be dropped by an article known to come after the one that carried it.
    const hops = claim.presentedAsTrue
      .filter((t) => confident(stanceOf(claim, t)?.confidence))
      .flatMap((t) => (claim.derivedFrom[t] ?? []).filter((d) => labelled.has(d) && compareArticles(graph, t, d) === 1).map((d) => ({ from: d, to: t })));
    if (hops.length === 0) continue;
    findings.push({
      id: `laundering:${claim.key}`,
      type: "laundering",
      articles: [...new Set(hops.flatMap((h) => [h.from, h.to]))],
      claim: claim.key,
      explanation:
        hops.slice(0, 3).map((h) => `${articleName(graph, h.to)} takes "${claim.label}" from ${articleName(graph, h.from)}, which reported it as false, satire or doubtful, and presents it as true.`).join(" ") +
        " On the way, the label that told readers not to believe it was dropped.",
      evidence: hops.slice(0, 3).flatMap((h) => [...(stanceOf(claim, h.from)?.evidence ?? []).slice(0, 1), ...claimEvidence(claim).filter((e) => e.article === h.to)]),
      edges: hops.flatMap((h) => takingEdges(graph, h.to, h.from)),
    });
  }
  const told = labelLosses(inputs.readings.values()).filter((l) => graph.hasNode(l.article));
  const tellers = [...new Set(told.map((l) => l.article))];
  if (tellers.length > 0) {
    findings.push({
      id: "laundering:described",
      type: "laundering",
      articles: tellers,
      explanation:
        `${listWords(tellers.slice(0, 4).map((a) => articleName(graph, a)))}${tellers.length > 4 ? ` and ${tellers.length - 4} more` : ""} tell${tellers.length === 1 ? "s" : ""} how the story lost its label on the way: ` +
        `${told.slice(0, 2).map((l) => `"${quoteSnippet(l.evidence.text, 20)}"`).join("; ")}. Each re-report passed it on without the words that said it was not news.`,
      evidence: told.slice(0, 6).map((l) => l.evidence),
      edges: [],
    });
  }
  return findings;
}

/** Every finding of a case, in the order a teacher would present them. */
export function findFindings(inputs: FindingInputs): Finding[] {
  const groups = quoteGroups(inputs.relations, inputs.readings);
  const drifted = drift(inputs);
  return [
    ...amplification(inputs),
    ...circularReporting(inputs),
    ...recycledQuotes(inputs, travellingTogether(groups)),
    ...alteredQuotes(inputs, groups),
    ...drifted,
    ...quoteAttributionDrift(inputs, groups, drifted),
    ...uncreditedCopies(inputs),
    ...syndication(inputs),
    ...claimOutlivesDebunk(inputs),
    ...laundering(inputs),
  ];
}
