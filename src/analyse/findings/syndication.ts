/** syndication: an article that is another outlet's story, by a syndication credit or a "Source: X" line. */
import type { ReuseRelation } from "../../align/types.ts";
import type { Evidence, Finding } from "../../graph/types.ts";
import { WHOLE_STORY_FRAMES } from "../../extract/lineCitations.ts";
import { CONTRIBUTED_FRAME, SIGN_OFF_LEADS } from "../../extract/syndication.ts";
import { isLive } from "../../review/live.ts";
import { articleReadings, confident, outletOfArticle, sharedWriter, type FindingInputs } from "./inputs.ts";
import { articleName, listWords, nodeLabel, quoteSnippet } from "./wording.ts";

/** Share of an article's body a copy must cover for the copy partner to carry the same story. */
export const SAME_STORY_SHARE = 0.5;

/** Characters from the start or end of a body within which a "Source: X" line credits the whole story. */
const CREDIT_LINE_REACH = 300;

/** Frames by which an article says the whole story is another outlet's (one list, kept where such lines are read). */
export { WHOLE_STORY_FRAMES };

/**
 * An article that is another outlet's story: a syndication credit (`republishes`), or a confident "Source: X" line. The articles of the case that carry the same story (the outlet of record's own, or
 * one sharing the text by copy) are named with it: one story, not several.
 */
export function syndication(inputs: FindingInputs): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  // Articles by outlet (in the graph's order) and copies by the articles they join (in the relations' order), made once:
  // looked up for every syndication credit, of which a case of reprints has one per article.
  const articlesOf = new Map<string, string[]>();
  graph.forEachNode((n, a) => {
    if (a.kind !== "article") return;
    const list = articlesOf.get(a.outlet);
    if (list) list.push(n);
    else articlesOf.set(a.outlet, [n]);
  });
  const copiesOf = new Map<string, ReuseRelation[]>();
  // Only a copy drawn as sure: a possible one (two texts sharing a third party's statement, copy.relayed_source) shows
  // no shared story, as no uncredited-copy finding rests on it either.
  for (const r of inputs.relations) {
    if (r.kind !== "copies" || !confident(r.confidence)) continue;
    for (const end of r.from === r.to ? [r.from] : [r.from, r.to]) {
      const list = copiesOf.get(end);
      if (list) list.push(r);
      else copiesOf.set(end, [r]);
    }
  }
  // The articles that share most of `article`'s text by copy: a copy partner carries the same story when the shared
  // text is most of the article, not a paragraph of it.
  const copiedWhole = (article: string): string[] => {
    const body = graph.hasNode(article) && graph.getNodeAttribute(article, "kind") === "article" ? (graph.getNodeAttributes(article) as { bodyLength: number }).bodyLength : 0;
    const most = (r: ReuseRelation) => r.passages.reduce((n, p) => n + ((r.from === article ? p.from : p.to).end - (r.from === article ? p.from : p.to).start), 0) >= SAME_STORY_SHARE * body;
    return (copiesOf.get(article) ?? []).filter(most).map((r) => (r.from === article ? r.to : r.from));
  };
  const sameStory = (article: string, outlet: string): string[] => {
    const ofOutlet = (articlesOf.get(outlet) ?? []).filter((n) => n !== article);
    return [...new Set([...ofOutlet, ...copiedWhole(article)])];
  };
  const state = (source: string, target: string, evidence: readonly Evidence[], edges: readonly string[], creditWords: string | undefined): void => {
    const outlet = graph.getNodeAttribute(target, "kind") === "article" ? outletOfArticle(graph, target) ?? target : target;
    const id = `syndication:${source}:${outlet}`;
    if (seen.has(id)) return;
    seen.add(id);
    const others = sameStory(source, outlet).filter((a) => a !== target);
    // Only an article that shares text with this one (a copy of most of it) is said to carry the same text; the outlet's
    // own article of the case with no passage in common ("Additional reporting by X" over a story in other words, or in
    // another language) is named as the outlet's, not as the same text.
    const sharesText = (o: string) => (copiesOf.get(source) ?? []).some((r) => r.from === o || r.to === o);
    const name = nodeLabel(graph, outlet);
    // A figure the story prints otherwise than its outlet of record's article is no "same text" (findings/drift.ts).
    const changed = (o: string) => inputs.drift.find((d) => d.type === "number_drift" && d.later.value !== d.earlier.value && ((d.articles[0] === source && d.articles[1] === o) || (d.articles[0] === o && d.articles[1] === source)));
    const same = others.filter((o) => !changed(o) && sharesText(o));
    const ownOnly = others.filter((o) => !changed(o) && !sharesText(o));
    const differ = others.flatMap((o) => {
      const d = changed(o);
      return d?.type === "number_drift" ? [`${articleName(graph, o)} carries the story, but where it prints "${quoteSnippet(d.articles[1] === o ? d.earlier.span.text : d.later.span.text, 6)}", ${articleName(graph, source)} prints "${quoteSnippet(d.articles[0] === source ? d.later.span.text : d.earlier.span.text, 6)}".`] : [];
    });
    findings.push({
      id,
      type: "syndication",
      articles: [source, ...(graph.getNodeAttribute(target, "kind") === "article" ? [target] : []), ...others],
      explanation:
        `${articleName(graph, source)} runs a story by ${name}${creditWords ? ` ("${quoteSnippet(creditWords, 10)}")` : ""}: the outlet of record is ${name}, so the two are one source, not two.` +
        (same.length > 0 ? ` ${listWords(same.map((o) => articleName(graph, o)))} carr${same.length === 1 ? "ies" : "y"} the same text.` : "") +
        (ownOnly.length > 0 ? ` ${listWords(ownOnly.map((o) => articleName(graph, o)))} share${ownOnly.length === 1 ? "s" : ""} no passage with it.` : "") +
        differ.map((x) => ` ${x}`).join(""),
      evidence: evidence.slice(0, 2),
      edges: [...edges],
    });
  };
  // A "Source: X" line under a text of the page's own: the case holds X's article in the same language and the two share
  // no passage (no copy, no quotation joins them). The line names where the writer read the story (a blog's comment on a
  // report, "Source: Harbour Ledger" closing it), not a story it runs. A story run in translation shares no passage either, so a
  // line over a text in another language still credits the story.
  const languageOf = (article: string) => (graph.getNodeAttributes(article) as { language?: string }).language;
  const ownTextUnder = (source: string, target: string): boolean =>
    graph.hasNode(target) &&
    graph.getNodeAttribute(target, "kind") === "article" &&
    languageOf(source) === languageOf(target) &&
    !inputs.relations.some((r) => (r.from === source && r.to === target) || (r.from === target && r.to === source));
  graph.forEachEdge((key, e, source, target) => {
    // An outlet credited with contributed reporting ("Additional reporting by X", "(avec X)") is the outlet of record
    // only where its article of the case is the page's text, copied whole: otherwise the page wrote its own story.
    const contributed = e.kind === "cites" && e.frame === CONTRIBUTED_FRAME && copiedWhole(source).some((o) => (articlesOf.get(target) ?? []).includes(o));
    const credit = isLive(e) && (e.kind === "republishes" || contributed || (e.kind === "cites" && WHOLE_STORY_FRAMES.has(e.frame) && confident(e.confidence)));
    if (!credit || graph.getNodeAttribute(source, "kind") !== "article") return;
    if (e.kind === "cites" && WHOLE_STORY_FRAMES.has(e.frame) && ownTextUnder(source, target)) return;
    state(source, target, e.evidence ?? [], [key], e.kind === "cites" ? e.evidence?.[0]?.text : undefined);
  });
  // A "Source: X" line the reading found where the citation edge was drawn from another phrase of the same outlet
  // (one edge per cited outlet keeps its first frame).
  for (const [r, a] of articleReadings(inputs)) {
    for (const at of r.attributions) {
      if (!WHOLE_STORY_FRAMES.has(at.frame) || !confident(at.confidence)) continue;
      // A line that credits the whole story opens or closes it; one inside the text credits a sentence or a paragraph.
      if (at.span.start > CREDIT_LINE_REACH && at.span.end < a.body.length - CREDIT_LINE_REACH) continue;
      const target = at.article && graph.hasNode(at.article) ? at.article : at.outlet;
      if (!graph.hasNode(target) || ownTextUnder(r.article, target)) continue;
      const edges = graph.directedEdges(r.article, target).filter((k) => graph.getEdgeAttribute(k, "kind") === "cites" && isLive(graph.getEdgeAttributes(k)));
      if (edges.length === 0) continue;
      state(r.article, target, [{ article: r.article, ...at.span }], edges, at.span.text);
    }
  }
  // One writer's byline over a copy of most of the text in both outlets' pages: one story under two mastheads, whoever
  // first printed it. Stated once per pair, and not where a credit already made the pair one story.
  for (const r of inputs.relations) {
    if (r.kind !== "copies" || !confident(r.confidence) || r.from === r.to) continue;
    const writer = sharedWriter(inputs, r.from, r.to);
    const [a, b] = [outletOfArticle(graph, r.from), outletOfArticle(graph, r.to)];
    if (!writer || !a || !b || a === b) continue;
    if (!copiedWhole(r.from).includes(r.to) && !copiedWhole(r.to).includes(r.from)) continue;
    if (findings.some((f) => f.type === "syndication" && f.articles.includes(r.from) && f.articles.includes(r.to))) continue;
    const id = `syndication:byline:${r.to}:${r.from}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push({
      id,
      type: "syndication",
      articles: [r.to, r.from],
      explanation:
        `${articleName(graph, r.to)} and ${articleName(graph, r.from)} print one story under the same byline, ${writer}'s: ` +
        `one writer's text run by ${nodeLabel(graph, b)} and ${nodeLabel(graph, a)}, so the two are one source, not two.`,
      evidence: r.passages.slice(0, 2).flatMap((p) => [p.to, p.from]),
      edges: graph.directedEdges(r.from, r.to).filter((k) => graph.getEdgeAttribute(k, "kind") === "copies" && isLive(graph.getEdgeAttributes(k))),
    });
  }
  // A sign-off in another outlet's voice closing the text ("Stay tuned to X"): the text is X's story, printed whole.
  for (const [r, a] of articleReadings(inputs)) {
    const tail = a.body.slice(-CREDIT_LINE_REACH);
    for (const cue of SIGN_OFF_CUES[r.language] ?? []) {
      const m = cue.exec(tail);
      const named = m?.[1]?.trim().toLowerCase();
      if (!m || !named || named.length < 4) continue;
      // The name as the outlet node gives it, or its start where the stored text ends inside it ("Kanal 9 Na").
      const outlet = graph.filterNodes((k, n) => n.kind === "outlet" && k !== a.outlet && n.label.toLowerCase().startsWith(named) && named.length >= 0.6 * n.label.length)[0];
      if (!outlet) continue;
      const start = a.body.length - tail.length + m.index;
      state(r.article, outlet, [{ article: r.article, start, end: a.body.length, text: a.body.slice(start) }], [], a.body.slice(start));
    }
  }
  return findings;
}

/** Sign-offs in an outlet's own voice that close its stories, per language (the reading stage's leads); the outlet's name is the first group, to the end of the text. */
export const SIGN_OFF_CUES: Readonly<Record<string, readonly RegExp[]>> = Object.fromEntries(
  Object.entries(SIGN_OFF_LEADS).map(([language, leads]) => [language, [new RegExp(`\\b(?:${leads.join("|")})\\s+([\\p{L}\\p{N}][\\p{L}\\p{N} .&'’-]{2,60}?)[.!]?\\s*$`, "iu")]]),
);
