/** attribution_drift of a quotation: the same quoted words credited to different speakers. */
import { respelledName } from "../../align/folding.ts";
import type { Span } from "../../core/spans.ts";
import { escapeRegExp, lowerCaseWords, slugify } from "../../core/text.ts";
import { isInitialsOf } from "../../core/outlets.ts";
import { sentenceAt } from "../../extract/sentences.ts";
import { debunkCues } from "../stance.ts";
import type { ArticleReading, Quotation, SourceMention } from "../../extract/types.ts";
import type { Evidence, Finding } from "../../graph/types.ts";
import { joinBySharedRun, SAME_WORDS_RUN } from "../quoteGroups.ts";
import { edgeKeys, type FindingInputs } from "./inputs.ts";
import { namesPerson } from "../../core/personNamed.ts";
import { creditedBySpeechVerb } from "../../extract/reportedSpeech.ts";
import { namesCredited } from "./creditNamed.ts";
import { articleName, listWords, nodeLabel, quoteSnippet } from "./wording.ts";
import { disjointSets } from "../../core/disjointSets.ts";

/** One quotation as the articles print it: one printing per article, and whom each says spoke. */
interface SameWords {
  printings: Evidence[];
  /** Per article, the speaker's source key, or undefined where the article names no one. */
  speakers: Map<string, string | undefined>;
  /** Per article, the other articles one of whose printings shares a run of words with one of its own. */
  sharers: Map<string, Set<string>>;
}

/** The runs of SAME_WORDS_RUN words a printing holds. */
function runsOf(words: readonly string[]): Set<string> {
  const runs = new Set<string>();
  for (let k = 0; k + SAME_WORDS_RUN <= words.length; k++) runs.add(words.slice(k, k + SAME_WORDS_RUN).join(" "));
  return runs;
}


/** Words at most between a quotation and the word calling it false: "…", is a fabrication; the fake quote "…". */
const CALLED_FALSE_WITHIN = 2;

/**
 * Whether a printing is itself called false in its sentence ('The quote shared online, "…", is a fabrication.', 'the
 * fake quote "…"', 'police warned that the post "…" is untrue'): the article reports the words as false, it does not pass
 * them on, so it credits no one on purpose, and a speaker read there is the one calling them false. A cue further off
 * says something else is false or hedges who spoke ('"…," the pontiff was claimed to have said'; 'the bogus statement
 * has him writing "…"'): such a printing still credits, if vaguely.
 */
function calledFalse(reading: ArticleReading, span: Span): boolean {
  const sentence = sentenceAt(reading.sentences, span.start);
  if (!sentence) return false;
  const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
  return debunkCues(sentence.text, reading.language).some((cue) => {
    const at = sentence.start + cue.start;
    const end = sentence.start + cue.end;
    if (end <= span.start) return words(sentence.text.slice(cue.end, span.start - sentence.start)) <= CALLED_FALSE_WITHIN;
    if (at >= span.end) return words(sentence.text.slice(span.end - sentence.start, cue.start)) <= CALLED_FALSE_WITHIN;
    return false;
  });
}

/**
 * Whether a printing's credit names its speaker where it gives the words ('"…," Ada Reyes said'; 'TP.HCM police warned'),
 * not by a word referring back ('He said: "…"', 'the minister added'): the speaker of such a credit is the reading's
 * resolution of the reference, which may pick another person the article named before. The article credits someone, but
 * "X credits Y" would rest on that resolution, not on its words, so such a printing is left out, as one crediting an
 * unread speaker is.
 */
function creditsByName(reading: ArticleReading, q: Quotation): boolean {
  // A speaker with no place given for its credit shows no word referring back: it is kept, as before.
  if (q.speakerSpan === undefined) return true;
  const source = reading.sources.find((s) => s.key === q.speaker);
  return source !== undefined && namesCredited(q.speakerSpan.text, source);
}

/**
 * Whether a quotation is its paragraph whole, with nothing but its marks and stops beside it: such a paragraph goes on
 * from the one before ('"…," the mayor said.' and then '"…"') or is brought in by it ("The office answered in a long
 * letter."), so whom it credits lies in the context, which the reading may not have resolved.
 */
function aloneInParagraph(body: string, span: Span): boolean {
  const start = body.lastIndexOf("\n", span.start - 1) + 1;
  const next = body.indexOf("\n", span.end);
  const end = next < 0 ? body.length : next;
  return !/[\p{L}\p{N}]/u.test(body.slice(start, span.start) + body.slice(span.end, end));
}

/**
 * Printings of the same quoted words across the case, found on the words themselves: each reached the case by its own
 * route or by a relation, it is one quotation where a run of SAME_WORDS_RUN words is the same. A printing an article
 * calls false is no credit of the words (calledFalse), whether or not a speaker is read beside it: the one read there
 * is most often the one calling the words false ('the police warned that the post "…" is untrue'), not their author,
 * and the article reports the words, it does not pass them on. One a speech verb credits to a speaker the reading did
 * not resolve ('"…," wrote the veteran harbour master') credits someone unknown, not no one, and is left out too, as is
 * one credited only by a word referring back (creditsByName), and one with no speaker read that stands as a paragraph of
 * its own (aloneInParagraph): its credit is the paragraph before. `bodyOf`: an article's body.
 */
function sameWordGroups(readings: Iterable<ArticleReading>, bodyOf: (article: string) => string | undefined): SameWords[] {
  const printings: { article: string; evidence: Evidence; speaker: string | undefined }[] = [];
  const creditsUnknown = (r: ArticleReading, span: Span) => {
    const body = bodyOf(r.article);
    return body !== undefined && (creditedBySpeechVerb(body, r.sentences, span, r.detectedLanguage ?? r.language) || aloneInParagraph(body, span));
  };
  for (const r of readings)
    for (const q of r.quotations)
      if (q.kind === "quotation" && lowerCaseWords(q.span.text).length >= SAME_WORDS_RUN && !calledFalse(r, q.span) && (q.speaker !== undefined ? creditsByName(r, q) : !creditsUnknown(r, q.span)))
        printings.push({ article: r.article, evidence: { article: r.article, ...q.span }, speaker: q.speaker });
  const { find, join } = disjointSets(printings.length);
  joinBySharedRun(printings.map((p) => lowerCaseWords(p.evidence.text)), join);
  const groups = new Map<number, SameWords>();
  const members = new Map<number, number[]>();
  printings.forEach((p, i) => {
    const g: SameWords = groups.get(find(i)) ?? { printings: [], speakers: new Map(), sharers: new Map() };
    groups.set(find(i), g);
    members.set(find(i), [...(members.get(find(i)) ?? []), i]);
    if (!g.speakers.has(p.article)) g.printings.push(p.evidence);
    // An article that names the speaker at one printing names the speaker.
    if (!g.speakers.get(p.article)) g.speakers.set(p.article, p.speaker);
  });
  // A group is joined through any printing that shares a run with another: a long quotation holding two sentences joins
  // an article that printed only the first with one that printed only the second, which never printed the same words.
  // Found through the articles printing each run (not pair by pair: a wire quotation reprinted hundreds of times).
  for (const [root, list] of members) {
    const g = groups.get(root)!;
    const runs = list.map((i) => runsOf(lowerCaseWords(printings[i]!.evidence.text)));
    const printers = new Map<string, Set<string>>();
    list.forEach((i, x) => runs[x]!.forEach((run) => printers.set(run, (printers.get(run) ?? new Set()).add(printings[i]!.article))));
    // Runs of one quotation are mostly printed by the same articles: each set of printers is joined once.
    const joined = new Set<string>();
    for (const arts of printers.values()) {
      const key = [...arts].sort().join("\u0000");
      if (arts.size < 2 || joined.has(key)) continue;
      joined.add(key);
      for (const a of arts) for (const b of arts) if (a !== b) g.sharers.set(a, (g.sharers.get(a) ?? new Set()).add(b));
    }
  }
  return [...groups.values()].filter((g) => g.speakers.size > 1);
}

/**
 * The words a credit names its speaker with: the source's label, so two articles' unnamed sources described alike ("a
 * senior official who asked not to be named", each keyed under its own article) are one credit.
 */
const nameWords = (graph: FindingInputs["graph"], key: string) => slugify(nodeLabel(graph, key)).split("-").filter(Boolean);

/**
 * Whether a one-word credit is the surname of a longer one ("Lindqvist" / "Ambassador Tova Lindqvist") that no one else in
 * the case bears: every source of the case whose name of several words ends in that surname has the same word before it
 * as the longer credit (one given name). "Trump" beside "Donald Trump" and "Melania Trump" names neither.
 */
function soleBearer(graph: FindingInputs["graph"], surname: string[], long: string[]): boolean {
  if (surname.length !== 1 || long.length < 2 || long[long.length - 1] !== surname[0]) return false;
  const given = long[long.length - 2];
  let sole = true;
  graph.forEachNode((key, attrs) => {
    if (!sole || attrs.kind !== "source") return;
    const words = nameWords(graph, key);
    if (words.length >= 2 && words[words.length - 1] === surname[0] && words[words.length - 2] !== given) sole = false;
  });
  return sole;
}

/**
 * Two credits name one speaker when one's name is a run of the other's ("Ada Reyes" in "harbour master Ada Reyes"), or
 * when the two are one name romanised two ways ("Andrej Wolkow" / "Andrei Wolkow", respelledName): a spelling that
 * moved between outlets is no new speaker. So are a surname alone and the full name of the only person of the case
 * who bears it (soleBearer), and an organisation's name and its initials ("HSB" / "Harbour Safety Board", the
 * outlets' rule core/outlets.ts isInitialsOf): an organisation is written both ways, often in one article.
 */
function sameSpeaker(graph: FindingInputs["graph"], a: string, b: string): boolean {
  if (respelledName(nodeLabel(graph, a), nodeLabel(graph, b))) return true;
  if (isInitialsOf(nodeLabel(graph, a).trim(), nodeLabel(graph, b)) || isInitialsOf(nodeLabel(graph, b).trim(), nodeLabel(graph, a))) return true;
  const [short, long] = [nameWords(graph, a), nameWords(graph, b)].sort((x, y) => x.length - y.length) as [string[], string[]];
  if (soleBearer(graph, short, long)) return true;
  if (short.length < 2 && short.join() !== long.join()) return false;
  for (let k = 0; k + short.length <= long.length; k++) if (short.every((w, i) => long[k + i] === w)) return true;
  return false;
}

/**
 * Whether a credit's label is a common noun, not a name: in a script with capitals, a name (a person's, an
 * organisation's) carries one ("Thabo Vell", "Velmont Police Service"); "police", "polícia" only describe.
 */
export const describedOnly = (label: string): boolean => /[\p{Lu}\p{Ll}]/u.test(label) && !/\p{Lu}/u.test(label);

/** Whether a run of words stands whole in a text, not inside a longer word. */
const standsIn = (text: string, words: string) => words.length > 0 && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(words)}(?![\\p{L}\\p{N}])`, "u").test(text);

/**
 * Whether an article names a source another printing credits: a person by surname anywhere (namesPerson), an
 * organisation or document by its whole name anywhere, a name in a script without capitals whole anywhere (an
 * inflection follows it: "소식통은", "소식통이"), and an unnamed source by its description in the printing's own sentence
 * (`sentence`), where the words are said to be its.
 */
function namesSource(text: string, sentence: string, source: SourceMention): boolean {
  const name = source.name.trim();
  const uncased = !/[\p{Lu}\p{Ll}]/u.test(name);
  if (source.type === "anonymous") return uncased ? sentence.includes(name) : standsIn(sentence, name);
  if (uncased) return name.length >= 2 && text.includes(name);
  if (source.type === "named") return namesPerson(text, name);
  // A site signs its posts with its domain ("Quillpost.it") and is written without it in prose ("Quillpost").
  const site = WEB_SUFFIX.exec(name);
  return standsIn(text, name) || (site !== null && site.index >= MIN_SITE_NAME && standsIn(text, name.slice(0, site.index)));
}

/** The top-level domain that ends a site's name as it signs itself ("Quillpost.it", "Tidewatch.com"). */
const WEB_SUFFIX = /\.\p{Ll}{2,6}$/u;
/** Letters a site's name keeps without its domain before it is read in prose (no "Ab" of "Ab.com"). */
const MIN_SITE_NAME = 3;

/**
 * One quotation credited to different speakers by the articles that print it (a name respelled, a speaker dropped, the
 * words given to someone else): attribution drift about the same words, not two statements. The same speaker described
 * at more or less length is one credit.
 */
export function quoteAttributionDrift(inputs: FindingInputs, already: readonly Finding[]): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  const bodyOf = (article: string) => (graph.hasNode(article) ? (graph.getNodeAttributes(article) as { body?: string }).body : undefined);
  const textOf = (article: string) => {
    const attrs = graph.hasNode(article) ? (graph.getNodeAttributes(article) as { body?: string; title?: string }) : {};
    return `${attrs.title ?? ""}\n${attrs.body ?? ""}`;
  };
  const sourceOf = (article: string, key: string) => inputs.readings.get(article)?.sources.find((s) => s.key === key);
  for (const g of sameWordGroups(inputs.readings.values(), bodyOf)) {
    // A printing with no speaker read, in an article that names a person another printing credits, may be credited
    // in a way the reading missed: whether it credits no one cannot be told, so it is left out.
    // The same holds for an organisation the article names anywhere ('"…," the BAFC watchdog concluded'), and for an
    // unnamed source the printing's own sentence describes as another printing does ('소식통은 "…"며'): a speaker is
    // there, unread, and "no one" would be invented.
    const credited = [...g.speakers].flatMap(([article, key]) => (key === undefined ? [] : [sourceOf(article, key)].filter((s): s is SourceMention => s !== undefined)));
    const sentenceOf = (article: string) => {
      const printing = g.printings.find((p) => p.article === article);
      const reading = inputs.readings.get(article);
      return printing && reading ? (sentenceAt(reading.sentences, printing.start)?.text ?? "") : "";
    };
    for (const [article, key] of [...g.speakers])
      if (key === undefined && credited.some((source) => namesSource(textOf(article), sentenceOf(article), source))) {
        g.speakers.delete(article);
        g.sharers.delete(article);
        for (const others of g.sharers.values()) others.delete(article);
      }
    const sameCredit = (x: string | undefined, y: string | undefined) => (x === undefined ? y === undefined : y !== undefined && sameSpeaker(graph, x, y));
    // Each article's credit is weighed against the articles that print its own words: one that shares words only with
    // articles crediting as it does has no other credit of those words to differ from.
    const differing = new Map([...g.speakers].filter(([article, key]) => [...(g.sharers.get(article) ?? [])].some((o) => !sameCredit(key, g.speakers.get(o)))));
    // Credits: one per speaker (merged by name), and "no one".
    const credits: { key: string | undefined; articles: string[] }[] = [];
    for (const [article, key] of differing) {
      const into = credits.find((c) => sameCredit(c.key, key));
      if (into) into.articles.push(article);
      else credits.push({ key, articles: [article] });
    }
    // Drift needs a speaker somewhere and two different credits; an article naming no one beside others that name the
    // speaker has dropped the speaker. An unnamed source's description is no speaker to drift from: "an internet user" in
    // one article and "a reader" or nobody in another may be the same unknown person, told in other words. Nor is a body
    // credited by a common noun alone (describedOnly): "polícia" in one article and "policajti" (the cops) in another
    // are one body under two words, not the words given to someone else.
    const identified = (key: string | undefined) =>
      key !== undefined &&
      [...differing].some(([article, k]) => {
        if (k !== key) return false;
        // The credit as the article's reading names it (the graph's node may carry another article's label).
        const source = sourceOf(article, key);
        return source === undefined || (source.type !== "anonymous" && !describedOnly(source.name));
      });
    if (!credits.some((c) => identified(c.key)) || credits.length < 2) continue;
    const articles = [...differing.keys()];
    if (already.some((f) => f.type === "attribution_drift" && articles.every((a) => f.articles.includes(a)))) continue;
    const parts = credits.map(({ key, articles: arts }) => `${listWords(arts.slice(0, 3).map((a) => articleName(graph, a)))}${arts.length > 3 ? ` and ${arts.length - 3} more` : ""} ${key === undefined ? "credit no one" : `credit${arts.length === 1 ? "s" : ""} ${nodeLabel(graph, key)}`}`);
    const printings = g.printings.filter((p) => differing.has(p.article));
    const first = printings[0]!;
    const inGroup = new Set(articles);
    findings.push({
      id: `attribution_drift:quote:${first.article}:${first.start}`,
      type: "attribution_drift",
      articles,
      explanation: `The same quoted words "${quoteSnippet(first.text)}" are credited differently: ${parts.join("; ")}. The words are one statement; who it is said to come from changed as it was repeated.`,
      evidence: printings.slice(0, 6),
      edges: inputs.relations.filter((r) => (r.kind === "quotes_same" || r.kind === "alters_quote") && inGroup.has(r.from) && inGroup.has(r.to)).flatMap((r) => edgeKeys(graph, r.kind, r.from, r.to)),
    });
  }
  return findings;
}
