/** laundering: a chain of re-reports that drops the satire, the doubt or the original source. */
import { namesPerson } from "../../core/personNamed.ts";
import { blockLeadIn } from "../../extract/sentences.ts";
import type { ArticleReading } from "../../extract/types.ts";
import type { Evidence, Finding, ProvenanceGraph } from "../../graph/types.ts";
import { contentStem, contentWords } from "../claims/label.ts";
import { labelLosses } from "../laundering.ts";
import { ownPossibilityWords, possibilityWords } from "../possibility.ts";
import { patternFor, stanceWordsFor } from "../stance/index.ts";
import { allMatches, escapeRegExp } from "../../core/text.ts";
import { compareArticles } from "../trace.ts";
import type { ClaimAnalysis } from "../types.ts";
import { claimsToState, confidentlyFalse, stanceOf } from "./claimViews.ts";
import { claimEvidence, confident, edgeKeys, outletOfArticle, takingEdges, type FindingInputs } from "./inputs.ts";
import { articleName, listWords, quoteSnippet } from "./wording.ts";
import { contains } from "../../core/spans.ts";

type ClaimStatement = ClaimAnalysis["statements"][number];

/** One re-report that dropped what told readers not to take the claim as established. */
type Hop =
  | { kind: "label"; from: string; to: string }
  /** `from` stated the claim only as possible (`hedged`, with its possibility `words`); `to` states it without them (`plain`). */
  | { kind: "doubt"; from: string; to: string; hedged: ClaimStatement; plain: ClaimStatement; words: string[] }
  /** `from` only passed the claim on as unconfirmed (its `hedge` words: "allegedly", "has not been confirmed"); `to` states it as fact (`plain`). */
  | { kind: "hedge"; from: string; to: string; hedged: ClaimStatement; plain: ClaimStatement; words: string[]; cues: Evidence[] }
  /** `from` named whom it had the claim from (`credit`: "according to a ministry source", "según informó X"); `to` tells the same with no source at all. */
  | { kind: "source"; from: string; to: string; hedged: ClaimStatement; plain: ClaimStatement; credit: Evidence };

/** Fewest characters a credit must have for its words, repeated, to show the source was kept. */
const MIN_REPEATED_CREDIT = 3;

/** Share of the shorter statement's content words (less the dropped possibility words) the other must repeat to tell the same thing. */
const SAME_TELLING_SHARE = 0.6;
/** …and at least this many of them: two statements sharing one word are not one claim told twice. */
const SAME_TELLING_MIN = 2;

/**
 * Whether two statements of a claim tell the same thing but for the possibility words (`dropped`): a claim groups
 * statements by the story they tell, and a doubt dropped between two statements of one story that say different things
 * ("may ease migraine" and "is sold in Zalesie") is no doubt dropped.
 */
function sameTelling(hedged: string, plain: string, dropped: readonly string[], of: "shorter" | "longer" = "shorter"): boolean {
  const droppedStems = new Set(dropped.flatMap((w) => contentWords(w)).map(contentStem));
  const a = [...new Set(contentWords(hedged).map(contentStem))].filter((w) => !droppedStems.has(w));
  const b = new Set(contentWords(plain).map(contentStem));
  const shared = a.filter((w) => b.has(w)).length;
  return shared >= SAME_TELLING_MIN && shared >= SAME_TELLING_SHARE * (of === "shorter" ? Math.min(a.length, b.size) : Math.max(a.length, b.size));
}

/** The article's own possibility words in one of its statements: its language, and its reading's quotations (theirs, not its doubt). */
function ownDoubt(inputs: FindingInputs, s: ClaimStatement): string[] {
  const reading = inputs.readings.get(s.article);
  if (!reading) return [];
  const quoted = s.start < 0 ? [] : reading.quotations.flatMap((q) => q.parts).map((p) => ({ start: p.start - s.start, end: p.end - s.start }));
  return ownPossibilityWords(s.text, reading.language, quoted).map((w) => w.text);
}

/**
 * `to` took the claim from `from`, which stated it only as possible ("may ease migraine") in its own words and never
 * plainly; `to` states the same thing with no possibility word in its statements of the claim, nor in any sentence of
 * its own that tells the same thing (quoted or not: an article that prints the doubt, even in a quotation, kept it).
 */
function droppedDoubt(inputs: FindingInputs, claim: ClaimAnalysis, from: string, to: string): Hop | undefined {
  const language = (a: string) => inputs.readings.get(a)?.language ?? "en";
  const taker = claim.statements.filter((s) => s.article === to);
  if (taker.length === 0 || taker.some((s) => possibilityWords(s.text, language(to)).length > 0)) return undefined;
  const takerDoubts = (inputs.readings.get(to)?.sentences ?? []).filter((s) => possibilityWords(s.text, language(to)).length > 0);
  const source = claim.statements.filter((s) => s.article === from);
  for (const hedged of source) {
    const words = ownDoubt(inputs, hedged);
    if (words.length === 0) continue;
    const tells = (s: { text: string }) => sameTelling(hedged.text, s.text, words);
    // The source that also states it plainly elsewhere dropped its own doubt; the re-report that prints it kept it.
    if (source.some((s) => s !== hedged && possibilityWords(s.text, language(from)).length === 0 && tells(s))) continue;
    if (takerDoubts.some(tells)) continue;
    const plain = taker.find(tells);
    if (plain) return { kind: "doubt", from, to, hedged, plain, words: [...new Set(words.map((w) => w.toLowerCase()))] };
  }
  return undefined;
}

/** The language's hedge words in a text ("allegedly", "reportedly", "aurait déclaré", "soll … haben"): none where it has none. */
function hedgeWords(text: string, language: string): string[] {
  const words = stanceWordsFor(language);
  return words?.hedge?.length ? allMatches(patternFor(words, "hedge"), text).map((m) => m[0]) : [];
}

/**
 * `to` took the claim from `from`, which only passed it on unconfirmed — its stance on it is the hedge (stance.hedged),
 * whose words stand in its statement or the sentence after — and states the same thing with no hedge word in its
 * statements of the claim or the sentences after them: what was reported as hearsay is stated as fact. Told along any
 * taking (a citation as much as a copy): a re-report that credits the paper but drops its "allegedly" still launders it.
 */
function droppedHedge(inputs: FindingInputs, claim: ClaimAnalysis, from: string, to: string): Hop | undefined {
  const stance = stanceOf(claim, from);
  if (stance?.stance !== "mentions" || stance.rule !== "stance.hedged") return undefined;
  const source = claim.statements.filter((s) => s.article === from);
  const fromReading = inputs.readings.get(from);
  // A cue in the sentence after the statement is about it only where that sentence names no source of its own
  // ("The remark has not been officially confirmed."; not ""…", teria dito a diretora").
  const inStatement = (e: Evidence) => source.some((s) => (s.start < 0 ? e.start < 0 : contains(s, e)));
  const sentenceOf = (e: Evidence) => fromReading?.sentences.find((x) => x.start <= e.start && e.start < x.end);
  const cues = (stance.evidence ?? []).filter((e) => e.article === from && (inStatement(e) || (fromReading !== undefined && creditsIn(fromReading, sentenceOf(e) ?? e).length === 0)));
  // The statement the hedge is about: the one holding the cue, else the last before it (the cue in the sentence after).
  const cue = cues[0];
  const hedged = cue === undefined ? undefined : cue.start < 0 ? source.find((s) => s.start < 0) : (source.find((s) => s.start >= 0 && contains(s, cue)) ?? source.filter((s) => s.start >= 0 && s.end <= cue.start).at(-1));
  if (!hedged || cues.length === 0) return undefined;
  const language = inputs.readings.get(to)?.language ?? "en";
  const sentences = inputs.readings.get(to)?.sentences ?? [];
  const taker = claim.statements.filter((s) => s.article === to);
  const after = (s: ClaimStatement) => (s.start < 0 ? undefined : sentences[sentences.findIndex((x) => x.start <= s.start && s.start < x.end) + 1]);
  if (taker.some((s) => hedgeWords(s.text, language).length > 0 || hedgeWords(after(s)?.text ?? "", language).length > 0)) return undefined;
  const words = [...new Set(cues.map((e) => e.text.toLowerCase()))];
  const plain = taker.find((s) => sameTelling(hedged.text, s.text, words));
  const outside = cues.filter((e) => !contains(hedged, e));
  return plain ? { kind: "hedge", from, to, hedged, plain, words, cues: outside } : undefined;
}

/** Where a reading names whom a stretch of its text rests on: its sources' mentions, its credits and its quotations' speakers. */
function creditsIn(reading: ArticleReading, span: { start: number; end: number }): Evidence[] {
  const inside = (m: { start: number; end: number }) => contains(span, m);
  return [
    ...reading.attributions.filter((a) => inside(a.span)).map((a) => a.span),
    ...reading.sources.flatMap((src) => (src.collective ? [] : src.mentions.filter(inside))),
    ...reading.quotations.flatMap((q) => (q.speakerSpan && inside(q.speakerSpan) ? [q.speakerSpan] : [])),
  ].map((m) => ({ article: reading.article, start: m.start, end: m.end, text: m.text }));
}

/**
 * `to` took the claim from `from`, whose statement of it names whom it had it from (an unnamed source, a person, the
 * outlet that reported it), and tells the same thing with no source at all: no credit, no source, no speaker in that
 * statement or the sentence after it. The claim reads as the re-report's own finding; where it came from was dropped.
 */
function droppedSource(inputs: FindingInputs, claim: ClaimAnalysis, from: string, to: string): Hop | undefined {
  const fromReading = inputs.readings.get(from);
  const toReading = inputs.readings.get(to);
  // An outlet reusing its own earlier text launders nothing: it had the source itself.
  if (!fromReading || !toReading || outletOfArticle(inputs.graph, from) === outletOfArticle(inputs.graph, to)) return undefined;
  // A re-report that names the article it took the claim from, or its outlet, anywhere in its text ("The news was first
  // reported by X") dropped no source: its reader can follow the credit to the one that names where it had it.
  if (namesItsSource(inputs.graph, to, from)) return undefined;
  const at = (s: ClaimStatement) => toReading.sentences.findIndex((x) => x.start <= s.start && s.start < x.end);
  const toBody = (inputs.graph.getNodeAttributes(to) as { body?: string }).body ?? "";
  const after = (s: ClaimStatement) => toReading.sentences[at(s) + 1];
  const unsourced = claim.statements.filter((s) => s.article === to && s.start >= 0 && creditsIn(toReading, s).length === 0 && creditsIn(toReading, after(s) ?? s).length === 0);
  if (unsourced.length === 0 || unsourced.length < claim.statements.filter((s) => s.article === to && s.start >= 0).length) return undefined;
  for (const hedged of claim.statements.filter((s) => s.article === from && s.start >= 0)) {
    const credit = creditsIn(fromReading, hedged)[0];
    if (!credit) continue;
    // The same sentence less its credit, measured on the longer of the two: a re-report that retells another part of it
    // ("Abu Rujmayn is part of the desert, which lies between …") dropped no source of that statement.
    // A sentence around the re-report's statement, or the line that opens the block it stands in, that names the
    // credited person by surname, in any case form (a lead-in "a passage of Borecki's text, which began:" in a language
    // that declines names), credits it for its reader, whether or not the reading resolved that credit: no source was dropped.
    // So does one that repeats the credit's own words ("소식통을 상대로 취재한 결과에 따르면", by what its reporters learned from the sources), in a
    // construction the reading did not resolve to a source.
    // The words from a word's start, a case ending or particle allowed after them; too short a credit ("he") proves nothing.
    const creditWords = credit.text.trim().length >= MIN_REPEATED_CREDIT ? new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(credit.text.trim())}`, "iu") : undefined;
    const namedAround = (s: ClaimStatement) => [toReading.sentences[at(s) - 1], toReading.sentences[at(s)], after(s), blockLeadIn(toBody, toReading.sentences, at(s))].some((x) => x !== undefined && (namesPerson(x.text, credit.text) || creditWords?.test(x.text) === true));
    const plain = unsourced.find((s) => !namedAround(s) && sameTelling(hedged.text, s.text, [credit.text], "longer"));
    if (plain) return { kind: "source", from, to, hedged, plain, credit };
  }
  return undefined;
}

/**
 * Whether `to` cites `from`, `from`'s outlet or the outlet whose story `from` republishes (a wire's reprint): a credit
 * of where it took the claim from, wherever it stands.
 */
function namesItsSource(graph: ProvenanceGraph, to: string, from: string): boolean {
  const outlet = outletOfArticle(graph, from);
  const storyOf = graph.hasNode(from) ? graph.outNeighbors(from).filter((n) => edgeKeys(graph, "republishes", from, n).length > 0) : [];
  return [from, ...(outlet === undefined ? [] : [outlet]), ...storyOf].some((credited) => edgeKeys(graph, "cites", to, credited).length > 0);
}

/** How `to` took from `from`, in a phrase: "citing X", "copying X", "quoting X" (the first the graph holds), else "taking it from X". */
function takenHow(graph: ProvenanceGraph, to: string, from: string): string {
  const name = articleName(graph, from);
  if (edgeKeys(graph, "cites", to, from).length > 0) return `citing ${name}`;
  if (edgeKeys(graph, "copies", to, from).length > 0) return `copying ${name}`;
  if (takingEdges(graph, to, from).length > 0) return `quoting ${name}`;
  return `taking it from ${name}`;
}

/** What a hop's grounds are in words a teacher could read out. */
function hopSentence(graph: ProvenanceGraph, claim: ClaimAnalysis, h: Hop): string {
  if (h.kind === "label") return `${articleName(graph, h.to)} takes "${claim.label}" from ${articleName(graph, h.from)}, which reported it as false, satire or doubtful, and presents it as true.`;
  if (h.kind === "source") return `${articleName(graph, h.from)} wrote "${quoteSnippet(h.hedged.text, 40)}", naming where it had it ("${h.credit.text}"); ${articleName(graph, h.to)}, ${takenHow(graph, h.to, h.from)}, writes "${quoteSnippet(h.plain.text, 40)}" and names no source for it: where the claim came from was dropped on the way, and it reads as the re-report's own.`;
  const words = listWords(h.words.map((w) => `"${w}"`));
  if (h.kind === "hedge") return `${articleName(graph, h.from)} wrote "${quoteSnippet(h.hedged.text, 40)}", passing it on unconfirmed (${words}); ${articleName(graph, h.to)}, ${takenHow(graph, h.to, h.from)}, writes "${quoteSnippet(h.plain.text, 40)}": the hedge was dropped on the way, and what was reported as unconfirmed is stated as fact.`;
  return `${articleName(graph, h.from)} wrote "${quoteSnippet(h.hedged.text, 40)}"; ${articleName(graph, h.to)}, ${takenHow(graph, h.to, h.from)}, writes "${quoteSnippet(h.plain.text, 40)}": the doubt (${words}) was dropped on the way, and what was put forward as possible is stated as fact.`;
}

/** The exact words a hop rests on: the label's cue and the taker's statement, or both statements of a dropped doubt. */
function hopEvidence(claim: ClaimAnalysis, h: Hop): Evidence[] {
  if (h.kind === "label") return [...(stanceOf(claim, h.from)?.evidence ?? []).slice(0, 1), ...claimEvidence(claim).filter((e) => e.article === h.to)];
  const statements = [h.hedged, ...(h.kind === "hedge" ? h.cues : []), h.plain];
  return statements.map((s) => ({ article: s.article, start: s.start, end: s.end, text: s.text }));
}

/** Laundering: by the case's relations (true taken from a debunk, a satire label or a doubt) and by what the articles say happened. */
export function laundering(inputs: FindingInputs): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  for (const claim of claimsToState(inputs.claims)) {
    if (!claim.presentedAsTrue) continue;
    const labelled = new Set(confidentlyFalse(claim));
    // The label or the doubt can only be dropped by an article known to come after the one that carried it.
    const hops: Hop[] = claim.presentedAsTrue
      .filter((t) => confident(stanceOf(claim, t)?.confidence))
      .flatMap((t) =>
        (claim.derivedFrom[t] ?? []).flatMap((d): Hop[] => {
          if (compareArticles(graph, t, d) !== 1) return [];
          if (labelled.has(d)) return [{ kind: "label", from: d, to: t }];
          const doubt = droppedDoubt(inputs, claim, d, t) ?? droppedHedge(inputs, claim, d, t) ?? droppedSource(inputs, claim, d, t);
          return doubt ? [doubt] : [];
        }),
      );
    if (hops.length === 0) continue;
    const shown = hops.slice(0, 3);
    const closing = shown.some((h) => h.kind === "label") ? " On the way, the label that told readers not to believe it was dropped." : "";
    findings.push({
      id: `laundering:${claim.key}`,
      type: "laundering",
      articles: [...new Set(hops.flatMap((h) => [h.from, h.to]))],
      claim: claim.key,
      explanation: shown.map((h) => hopSentence(graph, claim, h)).join(" ") + closing,
      evidence: shown.flatMap((h) => hopEvidence(claim, h)),
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
        `${told.slice(0, 2).map((l) => `"${quoteSnippet(l.evidence.text, 20)}"`).join("; ")}. By ${tellers.length === 1 ? "its" : "their"} account, a re-report along the way, not ${tellers.length === 1 ? "this article" : "these articles"}, passed the story on without the words that said it was not news.`,
      evidence: told.slice(0, 6).map((l) => l.evidence),
      edges: [],
    });
  }
  return findings;
}
