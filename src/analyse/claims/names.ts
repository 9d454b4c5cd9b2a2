/** Names in claim statements: capitalised name runs, place phrases the text relates ("X is a part of Y"), and how two sets of place names relate. */
import { memoActive, remember, rememberFor, textKey } from "../../core/memo.ts";
import { foldTypography, slugify } from "../../core/text.ts";
import { PLACE_HEADS, STOPWORDS } from "../lexicon.ts";

import type { RelatedNames, StatementSource } from "./types.ts";

/** Two names the case relates (from reuse edits or from place phrases). */
export type NamePair = readonly [string, string];

/** Lower-case, accent-free form of a name, without "the" and the Arabic article, for comparing names. */
export function normaliseName(name: string): string {
  return slugify(foldTypography(name).replace(/^(?:the|al|el|an|ad|as|ar)[\s-]+/i, "").replace(/['’]s$/, ""));
}

const NAME_RUN = /(?:\b(?:al|el|an|ad)-)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|al|el|bin|ibn|de|du|la)[\s-]+)?(?:\b(?:al|el)-)?\p{Lu}[\p{L}'’-]*)*/gu;

const CALENDAR = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** Place nouns that, after a demonym, still name no particular place ("Syrian city", "Iraqi town"). */
const GENERIC_HEADS = new Set(["city", "town", "province", "region", "area", "border", "camp", "district", "governorate", "countryside"]);

/**
 * Capitalised name runs of a sentence, with a following place noun attached ("Homs desert"). A capital that only
 * stands at the start of a sentence ("Long before…", "Notorious ISIS leader…") is not a name unless the case uses it
 * mid-sentence too (`midCaps`); acronyms ("ISIS", "SAA") name actors and month names dates, so both are left out.
 */
export function namesIn(original: string, midCaps: Pick<ReadonlySet<string>, "has">): string[] {
  const names: string[] = [];
  const words = original.split(/\s+/);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  // A headline in Title Case capitalises every word: only words the case capitalises mid-sentence are names there.
  const text = words.length >= 4 && capitalised / words.length > 0.7 ? original.replace(/\p{Lu}[\p{L}'’-]*/gu, (w) => (midCaps.has(w.replace(/['’]s$/, "")) || /^[\p{Lu}\d]{2,6}$/u.test(w) ? w : w.toLowerCase())) : original;
  for (const m of text.matchAll(NAME_RUN)) {
    const before = text.slice(0, m.index);
    const atStart = before.trim() === "" || /[.!?"“‘«…:]\s*$/.test(before);
    const runs: string[][] = [[]];
    m[0].split(/\s+/).forEach((token, k) => {
      const plain = token.replace(/['’]s$/, "");
      // A letter cut off a code by the digits it carries ("X-200", "F-16") names nothing: a product's or a model's code.
      const drop = /^[\p{Lu}\d]{2,6}$/u.test(plain) || /^\p{Lu}{1,3}-$/u.test(plain) || CALENDAR.test(plain) || (k === 0 && (STOPWORDS.has(plain.toLowerCase()) || (atStart && !midCaps.has(plain))));
      if (drop) runs.push([]);
      else runs[runs.length - 1]?.push(token);
    });
    const lastRun = runs.length - 1;
    runs.forEach((run, r) => {
      while (run.length > 0 && STOPWORDS.has((run[0] as string).toLowerCase())) run.shift();
      if (run.length === 0) return;
      let name = run.join(" ");
      const after = r === lastRun ? text.slice((m.index ?? 0) + m[0].length).match(/^\s+([a-z]+)/) : null;
      const demonym = run.length === 1 && /(?:ian|ean|ese|ish|i)$/.test(name);
      if (after?.[1] && PLACE_HEADS.has(after[1]) && !(demonym && GENERIC_HEADS.has(after[1]))) name = `${name} ${after[1]}`;
      // A lone demonym ("Syrian", "Iraqi") says which country, not which place.
      else if (demonym) return;
      names.push(name);
    });
  }
  return names;
}

/** A reading of a statement's names, with the questions it asked of the case's mid-sentence capitals and their answers. */
interface NamesReading {
  asked: string[];
  answers: boolean[];
  names: string[];
}

function readNames(text: string, midCaps: ReadonlySet<string>): NamesReading {
  const asked: string[] = [];
  const answers: boolean[] = [];
  const recording = {
    has: (word: string) => {
      const answer = midCaps.has(word);
      asked.push(word);
      answers.push(answer);
      return answer;
    },
  };
  return { asked, answers, names: namesIn(text, recording).map(normaliseName).filter(Boolean) };
}

/**
 * A statement's names, normalised (namesIn, normaliseName). They depend on the text and on the case's mid-sentence
 * capitals only through the words namesIn asks about: kept between runs (core/memo.ts) with those questions, and
 * reused while the case answers every one of them as before (the same answers take namesIn down the same path).
 */
export function statementNames(text: string, midCaps: ReadonlySet<string>): readonly string[] {
  if (!memoActive()) return namesIn(text, midCaps).map(normaliseName).filter(Boolean);
  return namesNow(remember("statementNames", textKey(text), () => readNames(text, midCaps)), text, midCaps);
}

/** A kept reading's names while the case answers its questions as before, else the text read again. */
function namesNow(kept: NamesReading, text: string, midCaps: ReadonlySet<string>): readonly string[] {
  for (let k = 0; k < kept.asked.length; k++) if (midCaps.has(kept.asked[k] as string) !== kept.answers[k]) return readNames(text, midCaps).names;
  return kept.names;
}

/**
 * statementNames of each sentence of a list, the readings kept by the list (a reading's sentences are the same array
 * on each run of a case, never written to): one lookup per article instead of one per sentence. Each reading is still
 * checked against this run's mid-sentence capitals.
 */
export function sentenceNames(sentences: readonly { text: string }[], midCaps: ReadonlySet<string>): (readonly string[])[] {
  if (!memoActive()) return sentences.map((s) => statementNames(s.text, midCaps));
  const kept = rememberFor("sentenceNames", sentences, [], () => sentences.map((s) => remember("statementNames", textKey(s.text), () => readNames(s.text, midCaps))));
  return kept.map((reading, k) => namesNow(reading, (sentences[k] as { text: string }).text, midCaps));
}

/** Capitalised words that stand mid-sentence somewhere in the texts: real names, not sentence-initial capitals. */
// The capital is tested first and the look-behind bounded to three lowercase words (a dash between words ends in '-'): an unbounded
// look-behind tried at every position made a 30,000-word sentence without a full stop take 20 s.
export function midSentenceCapitals(texts: readonly string[]): Set<string> {
  const caps = new Set<string>();
  // Each text's own capitals depend on it alone: kept between runs (core/memo.ts).
  for (const t of texts) for (const cap of remember("midCaps", textKey(t), () => midCapitalsOf(t))) caps.add(cap);
  return caps;
}

/**
 * midSentenceCapitals over lists of sentences (each source's), each list's capitals kept by the list: a reading's
 * sentences are the same array on each run of a case and never written to, so a run looks up one list per article
 * instead of every sentence's text. The same capitals, added in the same order.
 */
export function midSentenceCapitalsOfLists(lists: readonly (readonly { text: string }[])[]): Set<string> {
  const caps = new Set<string>();
  for (const list of lists) {
    let found = capitalsOfList.get(list);
    if (!found) {
      found = [];
      for (const s of list) for (const cap of remember("midCaps", textKey(s.text), () => midCapitalsOf(s.text))) found.push(cap);
      capitalsOfList.set(list, found);
    }
    for (const cap of found) caps.add(cap);
  }
  return caps;
}

const capitalsOfList = new WeakMap<readonly { text: string }[], string[]>();

/** The capitalised words standing mid-sentence in one text, in order. */
function midCapitalsOf(t: string): string[] {
  return [...t.matchAll(/(?=\p{Lu})(?<=[\p{Ll},;]\s+(?:[\p{Ll}-]+\s+){0,3})\p{Lu}[\p{L}'’-]*/gu)].map((m) => m[0].replace(/['’]s$/, ""));
}

/** A name of at most five words (an unbounded run would make the patterns below quadratic on a long run of capitals), with a place noun. */
const PHRASE_NAME = String.raw`((?:[Tt]he\s+)?(?:al-)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4}(?:\s+(?:${[...PLACE_HEADS].join("|")}))?)`;
/** Phrases that relate two names: "X is a part of Y", "Y known as X", "X of Y province", "X outside/near Y", "X, a desert in Y". Built once: a statement is read many times. */
const NAME_PAIR_PATTERNS = [
  String.raw`${PHRASE_NAME}\s+is\s+(?:a\s+)?part\s+of\s+${PHRASE_NAME}`,
  String.raw`${PHRASE_NAME}(?:\s+\p{Ll}+){0,3}\s+known\s+as\s+${PHRASE_NAME}`,
  String.raw`${PHRASE_NAME}\s+of\s+${PHRASE_NAME}\s+(?:province|governorate|region|district)`,
  String.raw`${PHRASE_NAME}\s+(?:outside|near|close\s+to|southeast\s+of|southwest\s+of|northeast\s+of|northwest\s+of|east\s+of|west\s+of|north\s+of|south\s+of)\s+(?:the\s+)?(?:\p{Ll}+\s+){0,3}${PHRASE_NAME}`,
  String.raw`${PHRASE_NAME},\s+(?:a|the)\s+(?:\p{Ll}+\s+){0,2}(?:desert|province|region|town|city|area|part)\s+(?:in|of)\s+${PHRASE_NAME}`,
].map((source) => new RegExp(source, "gu"));
/** A generic place noun after a name adds nothing to it: "the Varanger region" names the Varanger. */
const GENERIC_TAIL = new RegExp(String.raw`\s+(?:${[...GENERIC_HEADS].join("|")})$`);

/**
 * Words one of NAME_PAIR_PATTERNS needs (each pattern spells at least one of them, in this case): a text with none
 * matches no pattern, and most sentences are passed by this one scan instead of five.
 */
const NAME_PAIR_WORDS = /part|known|province|governorate|region|district|outside|near|close|east|west|north|south|desert|town|city|area/;

/** Pairs of names that the text itself relates (NAME_PAIR_PATTERNS). */
export function namePairsFromText(text: string): NamePair[] {
  const pairs: NamePair[] = [];
  if (!NAME_PAIR_WORDS.test(text)) return pairs;
  const bare = (n: string) => n.replace(/^the\s+/i, "").replace(GENERIC_TAIL, "");
  // matchAll works on a copy of each pattern, so the shared patterns keep no position between calls.
  for (const p of NAME_PAIR_PATTERNS) for (const m of text.matchAll(p)) if (m[1] && m[2]) pairs.push([bare(m[1]), bare(m[2])]);
  return pairs;
}

/** A text's name pairs, kept between runs (core/memo.ts) by the text. */
function namePairsOf(text: string): NamePair[] {
  return remember("namePairs", textKey(text), () => namePairsFromText(text));
}

/**
 * The names a case relates, both ways: pairs learned from reuse edits plus the place phrases of its statements (each
 * source's sentences, then its headline). A source's sentences are looked up by their list, one lookup per article on a
 * case's next run (a reading's sentence list is the same array each run), not one per sentence.
 */
export function relateNames(pairs: readonly NamePair[], sources: readonly Pick<StatementSource, "sentences" | "title">[]): RelatedNames {
  const related = new Map<string, Set<string>>();
  const relate = ([a, b]: NamePair) => {
    const na = normaliseName(a);
    const nb = normaliseName(b);
    if (!na || !nb || na === nb) return;
    if (!related.has(na)) related.set(na, new Set());
    if (!related.has(nb)) related.set(nb, new Set());
    related.get(na)?.add(nb);
    related.get(nb)?.add(na);
  };
  pairs.forEach(relate);
  for (const source of sources) {
    for (const pair of rememberFor("sentenceNamePairs", source.sentences, [], () => source.sentences.flatMap((span) => namePairsOf(span.text)))) relate(pair);
    if (source.title) namePairsOf(source.title).forEach(relate);
  }
  return related;
}

/** How two place sets relate: "same" (a shared or contained name), "related" (names the case relates), or undefined. */
export function nameRelation(related: RelatedNames, a: ReadonlySet<string>, b: ReadonlySet<string>): "same" | "related" | undefined {
  let rel: "related" | undefined;
  for (const x of a) {
    for (const y of b) {
      if (x === y || x.startsWith(`${y}-`) || y.startsWith(`${x}-`) || x.endsWith(`-${y}`) || y.endsWith(`-${x}`)) return "same";
      if (related.get(x)?.has(y)) rel = "related";
      // One step through a containing name: "homs-desert" relates to "badia", so "homs" does too.
      for (const r of related.get(x) ?? []) if (r.startsWith(`${y}-`) || y.startsWith(`${r}-`) || r.endsWith(`-${y}`)) rel = "related";
      for (const r of related.get(y) ?? []) if (r.startsWith(`${x}-`) || x.startsWith(`${r}-`) || r.endsWith(`-${x}`)) rel = "related";
    }
  }
  return rel;
}
