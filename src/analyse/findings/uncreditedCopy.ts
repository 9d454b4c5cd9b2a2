/**
 * uncredited_copy: reporting text taken from another article without naming it. One finding per copying article and
 * the article it took the text from, not one per copied text: each rests on its own passages and on what that copier
 * credits (one names the wire, another no one), and a reader's finding about a group ("A and B both reprint C's text
 * uncredited", "A builds its story from B and C") is stated by its pairs, as the development truths also write most
 * of them (two articles each). Two siblings that share a common source's text with neither named are such a pair too:
 * the finding says either may have taken it from the other or both from the common source.
 */
import { orderReason, reuseOrderKnown, type Finding, type FindingType } from "../../graph/types.ts";
import { viaSentence, type DriftEvidence, type ReuseRelation } from "../../align/types.ts";
import type { TextSpan } from "../../core/spans.ts";
import { mostlyUnspaced, wordCount } from "../../core/text.ts";
import type { PassagePair, ProvenanceGraph } from "../../graph/types.ts";
import { isLive } from "../../review/live.ts";
import { confident, dateOf, edgeKeys, outletOfArticle, sharedWriter, type FindingInputs } from "./inputs.ts";
import { compareDates } from "../../core/dates.ts";
import { articleName, listWords, nodeLabel } from "./wording.ts";
import { contains } from "../../core/spans.ts";

/** Words of shared reporting text below which an uncredited copy is not stated. */
export const MIN_UNCREDITED_WORDS = 25;

/** Text taken from an earlier article without naming it; where the wording shows the path, the chain it travelled. */
export function uncreditedCopies(inputs: FindingInputs): Finding[] {
  const { graph } = inputs;
  // Relations by their earlier side's article, and the (later, earlier) pairs related: the path of each copy is looked
  // up, not searched for through every relation twice over (cubic in the relations of a case of reprints).
  const relationsFrom = new Map<string, ReuseRelation[]>();
  const relatedPairs = new Set<string>();
  for (const u of inputs.relations) {
    const list = relationsFrom.get(u.from);
    if (list) list.push(u);
    else relationsFrom.set(u.from, [u]);
    relatedPairs.add(`${u.from}\u0000${u.to}`);
  }
  return inputs.relations
    // A shared run shorter than a few sentences is as likely a common source's phrasing as a copy worth stating.
    // A possible copy (its text a third party's words both may have relayed: align/relayed.ts) grounds no finding.
    // A copy under the same writer's byline in both is one writer's story run by two outlets (findings/syndication.ts).
    .map((r) => ({ r, words: r.kind === "copies" && !r.credited && confident(r.confidence) && sharedWriter(inputs, r.from, r.to) === undefined ? copiedWords(r, inputs.drift) : 0 }))
    .filter(({ words }) => words >= MIN_UNCREDITED_WORDS)
    .map(({ r, words }) => {
      // The count of words of Japanese or Chinese text is an estimate (wordCount): its size is told in characters, which anyone can count.
      const passages = ownPassages(r);
      const shown = passages.map((p) => p.from.text).join("");
      const size = mostlyUnspaced(shown) ? `${shown.replace(/\s+/gu, "").length} characters` : `${words} words`;
      const credits = [...new Set(inputs.readings.get(r.from)?.attributions.filter((a) => !a.interview && confident(a.confidence)).map((a) => a.outletName) ?? [])];
      // The path: r.to took the text from an earlier article that r.from also shares it with, yet r.from follows r.to's wording.
      const upstream = r.via ? relationsFrom.get(r.to)?.find((u) => relatedPairs.has(`${r.from}\u0000${u.to}`)) : undefined;
      const path = upstream
        ? ` Where both earlier articles printed the text, it follows the wording only ${articleName(graph, r.to)} printed, so the text travelled ${articleName(graph, upstream.to)} → ${articleName(graph, r.to)} → ${articleName(graph, r.from)}.`
        : r.via
          ? ` ${viaSentence(r.via, (id) => articleName(graph, id))}`
          : "";
      const wires = wiresRun(graph, r.to);
      // The earlier article runs a wire's story with credit: the later one may have taken the same story from the wire
      // itself, so the finding says it printed the wire's text uncredited, not that it took the text from the article.
      const wire = wires.length > 0 && reuseOrderKnown(r) && !upstream && !r.via
        ? ` The text is ${listWords(wires.map((w) => nodeLabel(graph, w)), "or")}'s story, which ${articleName(graph, r.to)} runs with credit: ${articleName(graph, r.from)} may have taken it from ${listWords(wires.map((w) => nodeLabel(graph, w)), "or")} directly.`
        : "";
      // A reprint dated after the article that shares its text was drawn as that article's source only because the
      // story it reprints can be older than its page: the dates say the article printed the story before the reprint's page
      // existed, so it took the text from the reprinted outlet's story (or another copy of it), not from the reprint.
      const beforeReprint = r.orientedBy === "reprint" && wires.length > 0 && compareDates(dateOf(graph, r.from), dateOf(graph, r.to)) === -1;
      const wireNames = listWords(wires.map((w) => nodeLabel(graph, w)), "or");
      return {
        id: `uncredited_copy:${r.from}:${r.to}`,
        type: "uncredited_copy" as FindingType,
        articles: [r.from, r.to],
        explanation: beforeReprint
          ? `${articleName(graph, r.from)} prints ${passages.length} passage${passages.length === 1 ? "" : "s"} (${size}) of ${wireNames}'s story, which ${articleName(graph, r.to)} runs later with credit, and names no source for ${passages.length === 1 ? "it" : "them"}${credits.length > 0 ? ` (it credits ${listWords(credits)} for other words)` : ""}. It came before that reprint, so it took the text from ${wireNames}'s story or another copy of it, uncredited.`
          : reuseOrderKnown(r)
          ? `${articleName(graph, r.from)} reuses ${passages.length} passage${passages.length === 1 ? "" : "s"} (${size}) of ${articleName(graph, r.to)} without naming it${credits.length > 0 ? `; it credits ${listWords(credits)} instead` : ""}.${r.orientedBy === "doubled_passage" || r.orientedBy === "credit" ? ` The dates do not order them; ${orderReason(r.orientedBy, articleName(graph, r.from), articleName(graph, r.to))}.` : r.orientedBy === "reprint" ? ` The dates alone do not put ${articleName(graph, r.from)} after it: ${orderReason(r.orientedBy, articleName(graph, r.from), articleName(graph, r.to))}.` : ""}${path}${wire}`
          : `${articleName(graph, r.from)} and ${articleName(graph, r.to)} share ${passages.length} passage${passages.length === 1 ? "" : "s"} (${size}) of the same reporting text, and neither names the other${credits.length > 0 ? ` (${articleName(graph, r.from)} credits ${listWords(credits)})` : ""}. Which copied which cannot be told from the dates; one took the text from the other, or both from a common source, uncredited.${path}`,
        evidence: passages.slice(0, 4).flatMap((p) => [p.from, p.to]),
        edges: [...edgeKeys(graph, "copies", r.from, r.to), ...(upstream ? edgeKeys(graph, upstream.kind, upstream.from, upstream.to) : [])],
      };
    });
}

/** Outlets whose story an article runs by a confident syndication credit (`republishes`), other than its own outlet. */
function wiresRun(graph: ProvenanceGraph, article: string): string[] {
  const own = outletOfArticle(graph, article);
  if (own === undefined) return [];
  const wires = new Set<string>();
  graph.forEachOutEdge(article, (_e, a, _s, target) => {
    if (a.kind === "republishes" && target !== own && isLive(a) && confident(a.confidence)) wires.add(target);
  });
  return [...wires].sort();
}

/**
 * The passages of a copy that are reporting text taken uncredited: not a block both articles set apart as one outside
 * outlet's (its postscript, its statement, after "The Gazette added this note:" in each), which each credits.
 */
function ownPassages(r: ReuseRelation): PassagePair[] {
  return r.passages.filter((p) => p.creditedInBoth === undefined);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.,-]*/gu;

/** The words of a sentence with their offsets in the article, folded for comparison. */
function wordsOf(sentence: TextSpan): { start: number; end: number; folded: string }[] {
  return [...sentence.text.matchAll(WORD)].map((m) => ({
    start: sentence.start + m.index,
    end: sentence.start + m.index + m[0].length,
    folded: m[0].toLowerCase().replace(/[.,]+$/u, ""),
  }));
}

/**
 * Words of the later article a copy took: its shared passages, and where a figure in them was changed, the figure and
 * the words both sentences agree on around it. A changed figure breaks the shared run in two, each side then too short
 * to be a passage, and the copy that changed a figure looked like no copy at all ("lotnisko przynosi 38 mln zł" retold
 * "lotnisko przynosi 83 mln zł"); number drift tells what changed, the copy is still a copy.
 */
function copiedWords(r: ReuseRelation, drift: readonly DriftEvidence[]): number {
  const passages = ownPassages(r).map((p) => p.from);
  // One measure of a passage's words (wordCount): counted by spaces alone, Japanese or Chinese text is a "word" or two.
  let words = passages.reduce((n, p) => n + wordCount(p.text), 0);
  const inPassage = (w: { start: number; end: number }) => passages.some((p) => contains(p, w));
  const counted = new Set<number>();
  for (const d of drift) {
    if (d.type !== "number_drift" || d.articles[0] !== r.from || d.articles[1] !== r.to) continue;
    const later = wordsOf(d.sentences[0]);
    const earlier = wordsOf(d.sentences[1]);
    const li = later.findIndex((w) => w.end > d.later.span.start);
    const lj = later.findIndex((w) => w.start >= d.later.span.end);
    const ei = earlier.findIndex((w) => w.end > d.earlier.span.start);
    const ej = earlier.findIndex((w) => w.start >= d.earlier.span.end);
    if (li < 0 || ei < 0) continue;
    // The agreeing words before the figure, then after it.
    let from = li;
    for (let k = 1; li - k >= 0 && ei - k >= 0 && later[li - k]!.folded === earlier[ei - k]!.folded; k++) from = li - k;
    let to = lj < 0 ? later.length : lj;
    if (lj >= 0 && ej >= 0) for (let k = 0; lj + k < later.length && ej + k < earlier.length && later[lj + k]!.folded === earlier[ej + k]!.folded; k++) to = lj + k + 1;
    const bridged = later.slice(from, to);
    // Only a figure inside copied text: its agreeing words reach a shared passage.
    if (!bridged.some(inPassage)) continue;
    for (const w of bridged) if (!inPassage(w) && !counted.has(w.start)) {
      counted.add(w.start);
      words += wordCount(w.folded);
    }
  }
  return words;
}
