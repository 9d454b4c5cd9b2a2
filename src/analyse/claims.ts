/**
 * Claim grouping: statements several articles make, grouped into claims.
 *
 * A statement (a sentence or a headline) joins another from a different article when
 *  1. they share a predicate (one of the word groups in lexicon.ts, e.g. hiding / holed up / taking refuge), and
 *  2. their content words overlap enough, weighted by how rare each word is in the case (IDF), and
 *  3. the places and organisations they name are compatible: the same name, one name inside the other
 *     ("Homs" / "Homs desert"), or two names the case itself relates — by a reuse edit that swapped one for the
 *     other (`[to the Badia]` → `[to the Homs desert]`) or by a phrase such as "X is a part of Y", "the Y known as X",
 *     "X of Y province", "X outside Y".
 * Names most articles mention (the story's subject) do not count as places. Groups come from star clustering
 * of that relation (each claim is a centre statement and the statements linked to it directly, so links never
 * chain from one claim to the next); a claim is a group that spans at least two articles and is not only quoted words.
 * Where it fails: a claim reworded with no shared predicate word and no learned equivalence stays split; two claims
 * with the same predicate about places the case never relates stay apart even when a reader knows they are the same.
 */
import { compareDates, type PublishedDate } from "../core/dates.ts";
import type { TextSpan } from "../core/spans.ts";
import { foldTypography, slugify } from "../core/text.ts";
import { isReportingVerb, predicateOf, PLACE_HEADS, STOPWORDS } from "./lexicon.ts";

/** One article's statements and the names that are not places (its people and outlets). */
export interface StatementSource {
  article: string;
  outlet: string;
  published?: PublishedDate;
  /** The headline, if any, is a statement too. */
  title?: string;
  sentences: readonly TextSpan[];
  /** Names of people and outlets in this article: never taken as places. */
  nonPlaces: readonly string[];
  /** Spans of quoted words (offsets into the body): a statement inside quotation marks is the speaker's, not the outlet's. */
  quoted?: readonly { start: number; end: number }[];
  /** Parallel to `sentences`: each sentence's verbs as the reading stage's tagger found them. */
  verbs?: readonly (readonly string[])[];
  /** Names the reading stage's tagger takes for people. */
  people?: readonly string[];
}

/** A sentence of an article that asserts a claim. `span` offsets are into the body; a headline has start = end = -1. */
export interface ClaimStatement {
  article: string;
  span: TextSpan;
}

export interface ClaimGroup {
  key: string;
  /** A representative wording: the statement most others agree with. */
  text: string;
  /** A short label: the representative's main clause. */
  label: string;
  statements: ClaimStatement[];
  /** Articles that make the claim, earliest first. */
  articles: string[];
}

/** Two names the case relates (from reuse edits or from place phrases). */
export type NamePair = readonly [string, string];

interface Statement {
  article: string;
  span: TextSpan;
  quoted: boolean;
  words: Set<string>;
  predicates: Set<string>;
  names: Set<string>;
}

/** Minimum IDF-weighted overlap of content words for two statements that share a predicate group to be one claim. */
const MIN_OVERLAP = 0.22;
/** Stricter overlap when one of the two names no place at all, or when they share no predicate group. */
const MIN_OVERLAP_WITHOUT_NAMES = 0.45;
/** Each statement is indexed under the rarer half of its words (within these bounds): two statements that overlap enough share some of them. */
const MIN_SIGNATURE_WORDS = 6;
const MAX_SIGNATURE_WORDS = 12;
/** A predicate or word shared by more statements than this is too common to propose candidate pairs. */
const MAX_BLOCK = 400;
/** A name in at least this share of articles is the story's subject, not a place. */
const SUBJECT_SHARE = 0.6;

function stem(word: string): string {
  if (word.length > 5 && word.endsWith("ing")) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith("ed")) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

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
function namesIn(original: string, midCaps: ReadonlySet<string>): string[] {
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
      const drop = /^[\p{Lu}\d]{2,6}$/u.test(plain) || CALENDAR.test(plain) || (k === 0 && (STOPWORDS.has(plain.toLowerCase()) || (atStart && !midCaps.has(plain))));
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

/** Capitalised words that stand mid-sentence somewhere in the texts: real names, not sentence-initial capitals. */
// The capital is tested first and the look-behind bounded to three lowercase words (a dash between words ends in '-'): an unbounded
// look-behind tried at every position made a 30,000-word sentence without a full stop take 20 s.
function midSentenceCapitals(texts: readonly string[]): Set<string> {
  const caps = new Set<string>();
  for (const t of texts) {
    for (const m of t.matchAll(/(?=\p{Lu})(?<=[\p{Ll},;]\s+(?:[\p{Ll}-]+\s+){0,3})\p{Lu}[\p{L}'’-]*/gu)) caps.add(m[0].replace(/['’]s$/, ""));
  }
  return caps;
}

/** Pairs of names that the text itself relates: "X is a part of Y", "Y known as X", "X of Y province", "X outside/near Y". */
export function namePairsFromText(text: string): NamePair[] {
  const pairs: NamePair[] = [];
  const heads = [...PLACE_HEADS].join("|");
  // At most five words a name: an unbounded run would make these patterns quadratic on a long run of capitals.
  const N = String.raw`((?:[Tt]he\s+)?(?:al-)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4}(?:\s+(?:${heads}))?)`;
  const patterns = [
    new RegExp(String.raw`${N}\s+is\s+(?:a\s+)?part\s+of\s+${N}`, "gu"),
    new RegExp(String.raw`${N}(?:\s+\p{Ll}+){0,3}\s+known\s+as\s+${N}`, "gu"),
    new RegExp(String.raw`${N}\s+of\s+${N}\s+(?:province|governorate|region|district)`, "gu"),
    new RegExp(String.raw`${N}\s+(?:outside|near|close\s+to|southeast\s+of|southwest\s+of|northeast\s+of|northwest\s+of|east\s+of|west\s+of|north\s+of|south\s+of)\s+(?:the\s+)?(?:\p{Ll}+\s+){0,3}${N}`, "gu"),
    new RegExp(String.raw`${N},\s+(?:a|the)\s+(?:\p{Ll}+\s+){0,2}(?:desert|province|region|town|city|area|part)\s+(?:in|of)\s+${N}`, "gu"),
  ];
  for (const p of patterns) {
    for (const m of text.matchAll(p)) {
      // "the Badia region" names the Badia: a generic place noun adds nothing to the name.
      const bare = (n: string) => n.replace(/^the\s+/i, "").replace(new RegExp(String.raw`\s+(?:${[...GENERIC_HEADS].join("|")})$`), "");
      if (m[1] && m[2]) pairs.push([bare(m[1]), bare(m[2])]);
    }
  }
  return pairs;
}

function contentWords(text: string): string[] {
  return foldTypography(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !STOPWORDS.has(w));
}

/** The main clause of a sentence: up to the first comma or dash after six words, without quotation marks; at most 110 characters. */
export function shortLabel(text: string): string {
  const plain = text
    .replace(/["“”«»]|(?<!\p{L})[‘’]|[‘’](?!\p{L})/gu, "")
    .trim()
    // The claim, not its frame: drop a leading "According to X," and non-restrictive clauses (", who …,").
    .replace(/^according to [^,]{1,80},\s*/i, "")
    // Between a subject and its verb the clause goes entirely ("The official, who …, said" → "The official said"); elsewhere its comma stays.
    .replace(/,\s+(?:who|which|whose|where)\b[^,]{0,120},/giu, (m: string, at: number, all: string) => (/^\s*(?:said|says|told|added|reported|claimed|is|was|are|were|has|had|have|will|would|could|may|might)\b/i.test(all.slice(at + m.length)) ? "" : ","))
    .replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  const words = plain.split(/\s+/);
  let cut = plain.length;
  let seen = 0;
  for (const m of plain.matchAll(/[,;–—(…]|\s-\s/g)) {
    seen = plain.slice(0, m.index).split(/\s+/).length;
    if (seen >= 6) {
      cut = m.index ?? cut;
      break;
    }
  }
  let label = plain.slice(0, cut).replace(/[\s.,;:]+$/, "");
  if (label.length > 110) label = `${label.slice(0, 107).replace(/\s+\S*$/, "")}…`;
  return words.length > 0 ? label : text;
}

/** Groups statements of several articles into claims. Pure; `relatedNames` are pairs learned from reuse edits. */
export function groupClaims(sources: readonly StatementSource[], relatedNames: readonly NamePair[] = []): ClaimGroup[] {
  const related = new Map<string, Set<string>>();
  const relate = (a: string, b: string) => {
    const na = normaliseName(a);
    const nb = normaliseName(b);
    if (!na || !nb || na === nb) return;
    if (!related.has(na)) related.set(na, new Set());
    if (!related.has(nb)) related.set(nb, new Set());
    related.get(na)?.add(nb);
    related.get(nb)?.add(na);
  };
  for (const [a, b] of relatedNames) relate(a, b);

  const nameArticles = new Map<string, Set<string>>();
  const raw: { article: string; span: TextSpan; names: string[]; quoted: boolean; verbs: readonly string[] }[] = [];
  const midCaps = midSentenceCapitals(sources.flatMap((src) => src.sentences.map((x) => x.text)));
  for (const src of sources) {
    const statements: TextSpan[] = [...src.sentences];
    if (src.title) statements.push({ start: -1, end: -1, text: src.title });
    statements.forEach((s, k) => {
      for (const [a, b] of namePairsFromText(s.text)) relate(a, b);
      const names = namesIn(s.text, midCaps).map(normaliseName).filter(Boolean);
      for (const n of names) {
        if (!nameArticles.has(n)) nameArticles.set(n, new Set());
        nameArticles.get(n)?.add(src.article);
      }
      let inQuotes = 0;
      for (const q of src.quoted ?? []) inQuotes += Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start));
      raw.push({ article: src.article, span: s, names, quoted: s.start >= 0 && inQuotes > (s.end - s.start) / 2, verbs: src.verbs?.[k] ?? [] });
    });
  }
  // People are not places: the reading stage's named sources, outlets, and anyone its tagger takes for a person.
  const people = sources.flatMap((src) => src.people ?? []);
  const nonPlaces = new Set([...sources.flatMap((s) => [...s.nonPlaces, s.outlet]), ...people].map(normaliseName).filter(Boolean));
  const subjectThreshold = Math.max(2, Math.ceil(sources.length * SUBJECT_SHARE));
  const placeCache = new Map<string, boolean>();
  const isPlace = (n: string) => {
    let hit = placeCache.get(n);
    if (hit === undefined) {
      hit = !nonPlaces.has(n) && ![...nonPlaces].some((p) => p.length > 3 && (n.endsWith(`-${p}`) || n.startsWith(`${p}-`))) && (nameArticles.get(n)?.size ?? 0) < subjectThreshold;
      placeCache.set(n, hit);
    }
    return hit;
  };

  const statements: Statement[] = raw.map((r) => {
    const words = contentWords(r.span.text);
    return {
      article: r.article,
      span: r.span,
      quoted: r.quoted,
      words: new Set(words.map(stem)),
      predicates: new Set([
        ...words.map(predicateOf).filter((p): p is string => p !== undefined),
        // A shared verb is a shared predicate ("plans to sell" / "will sell"); saying and being are not.
        ...r.verbs.map((v) => v.toLowerCase()).filter((v) => v.length > 2 && !isReportingVerb(v)).map((v) => predicateOf(v) ?? `verb:${stem(v)}`),
      ]),
      names: new Set(r.names.filter(isPlace)),
    };
  });

  const df = new Map<string, number>();
  for (const s of statements) for (const w of s.words) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log(1 + statements.length / (df.get(w) ?? 1));
  const weight = (ws: Set<string>) => [...ws].reduce((sum, w) => sum + idf(w), 0);
  const weights = statements.map((s) => weight(s.words));

  /** How two name sets relate: "same" (a shared or contained name), "related" (names the case relates), or undefined. */
  const nameRelation = (a: Set<string>, b: Set<string>): "same" | "related" | undefined => {
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
  };

  // Candidate pairs (prefix filtering): two statements are compared when they share one of their rarest words, or a
  // predicate that is not too common to tell claims apart; an inverted index keeps this from comparing every pair.
  const blocks = new Map<string, number[]>();
  const addTo = (key: string, i: number) => {
    const list = blocks.get(key);
    if (list) list.push(i);
    else blocks.set(key, [i]);
  };
  statements.forEach((s, i) => {
    for (const p of s.predicates) addTo(`p:${p}`, i);
    const rarest = [...s.words].sort((x, y) => (df.get(x) ?? 0) - (df.get(y) ?? 0) || (x < y ? -1 : 1)).slice(0, Math.min(MAX_SIGNATURE_WORDS, Math.max(MIN_SIGNATURE_WORDS, Math.ceil(s.words.size / 2))));
    for (const w of rarest) addTo(`w:${w}`, i);
    // Places, their parts ("homs" of "homs-desert") and the names the case relates to them: "Badia" meets "Homs desert".
    const placeKeys = new Set<string>();
    for (const name of s.names) {
      for (const n of [name, ...(related.get(name) ?? [])]) {
        placeKeys.add(n);
        for (const part of n.split("-")) if (part.length > 3) placeKeys.add(part);
      }
    }
    for (const k of placeKeys) addTo(`n:${k}`, i);
  });
  const links = statements.map(() => new Set<number>());
  const keysOf: string[][] = statements.map(() => []);
  for (const [key, members] of blocks) {
    // A key shared by too many statements is too common to tell claims apart (and would make this quadratic).
    if (members.length > MAX_BLOCK) continue;
    for (const i of members) keysOf[i]?.push(key);
  }
  // For each statement, count the keys it shares with each later one; only pairs sharing two keys (a predicate and a
  // rare word, or two rare words) are compared in full. Memory stays linear: one count map at a time.
  for (let i = 0; i < statements.length; i++) {
    const a = statements[i] as Statement;
    const shared = new Map<number, number>();
    for (const key of keysOf[i] ?? []) {
      for (const j of blocks.get(key) ?? []) {
        if (j > i && (statements[j] as Statement).article !== a.article) shared.set(j, (shared.get(j) ?? 0) + 1);
      }
    }
    for (const [j, count] of shared) {
      if (count < 2) continue;
      const b = statements[j] as Statement;
      let overlapWeight = 0;
      for (const w of a.words) if (b.words.has(w)) overlapWeight += idf(w);
      const relation = nameRelation(a.names, b.names);
      // Related names ("Badia" / "Homs desert") count as a shared word: the case says they are one place.
      if (relation === "related") overlapWeight += Math.log(1 + statements.length);
      const overlap = overlapWeight / Math.sqrt((weights[i] as number) * (weights[j] as number) || 1);
      let sharesPredicate = false;
      for (const p of a.predicates) if (b.predicates.has(p)) sharesPredicate = true;
      const bothNamed = a.names.size > 0 && b.names.size > 0;
      const linked = bothNamed
        ? relation !== undefined && overlap >= (sharesPredicate ? MIN_OVERLAP : MIN_OVERLAP_WITHOUT_NAMES)
        : overlap >= MIN_OVERLAP_WITHOUT_NAMES && (sharesPredicate || overlap >= MIN_OVERLAP_WITHOUT_NAMES + 0.1);
      if (linked) {
        links[i]?.add(j);
        links[j]?.add(i);
      }
    }
  }

  // Star clustering (Aslam, Pelekhov & Rus 2004): the best-connected statement is a claim's centre and takes every
  // statement linked to it directly; no chains, so "killed or captured" cannot drag in "his son was killed".
  // A conditional or a question makes a poor centre: it does not assert the claim.
  const asserts = (i: number) => (/^(?:if|whether|unless)\b|\?["”’]?$/i.test((statements[i] as Statement).span.text.trim()) ? 0 : 1);
  const order = statements.map((_, i) => i).sort((x, y) => asserts(y) - asserts(x) || (links[y]?.size ?? 0) - (links[x]?.size ?? 0) || x - y);
  const assigned = new Set<number>();
  const stars: { centre: number; members: number[] }[] = [];
  for (const centre of order) {
    if (assigned.has(centre) || (links[centre]?.size ?? 0) === 0) continue;
    const members = [centre, ...[...(links[centre] ?? [])].filter((j) => !assigned.has(j))];
    members.forEach((m) => assigned.add(m));
    stars.push({ centre, members });
  }
  // Two stars densely linked to each other (their centres linked, or as many links across as the smaller star has
  // members) are one claim seen from two sides; the density condition keeps a single stray link from chaining claims.
  const starOf = new Map<number, number>();
  stars.forEach((star, k) => star.members.forEach((m) => starOf.set(m, k)));
  const cross = new Map<number, number>();
  links.forEach((linked, i) => {
    const si = starOf.get(i);
    if (si === undefined) return;
    for (const j of linked) {
      const sj = starOf.get(j);
      if (sj !== undefined && si < sj) cross.set(si * stars.length + sj, (cross.get(si * stars.length + sj) ?? 0) + 1);
    }
  });
  const root = stars.map((_, k) => k);
  const findRoot = (k: number): number => (root[k] === k ? k : (root[k] = findRoot(root[k] as number)));
  for (const [key, count] of cross) {
    const x = Math.floor(key / stars.length);
    const y = key % stars.length;
    const a = stars[x] as { centre: number; members: number[] };
    const b = stars[y] as { centre: number; members: number[] };
    if (links[a.centre]?.has(b.centre) || count >= Math.min(a.members.length, b.members.length)) root[findRoot(y)] = findRoot(x);
  }
  const merged = new Map<number, { centre: number; members: number[] }>();
  stars.forEach((star, k) => {
    const r = findRoot(k);
    const g = merged.get(r);
    if (g) g.members.push(...star.members);
    else merged.set(r, { centre: (stars[r] as { centre: number }).centre, members: [...star.members] });
  });
  const groups = [...merged.values()];
  const published = new Map(sources.map((s) => [s.article, s.published]));
  const byDate = (a: string, b: string) => compareDates(published.get(a), published.get(b)) || a.localeCompare(b);

  const claims: ClaimGroup[] = [];
  for (const { centre, members } of groups) {
    const articles = [...new Set(members.map((i) => (statements[i] as Statement).article))].sort(byDate);
    if (articles.length < 2) continue;
    // Only quoted words in common: a recycled quotation (reported as such), not a claim the outlets make.
    if (members.every((i) => (statements[i] as Statement).quoted)) continue;
    // The representative: an assertion (not a condition) whose main clause names the predicate, best connected, earliest.
    const predicateCounts = new Map<string, number>();
    for (const i of members) for (const p of (statements[i] as Statement).predicates) predicateCounts.set(p, (predicateCounts.get(p) ?? 0) + 1);
    const claimPredicate = [...predicateCounts].sort((a, b) => b[1] - a[1])[0]?.[0];
    const labelScore = (i: number) => {
      const st = statements[i] as Statement;
      const clauseHasPredicate = contentWords(shortLabel(st.span.text)).some((w) => predicateOf(w) === claimPredicate);
      return (clauseHasPredicate ? 100 : 0) + asserts(i) * 50 + (links[i]?.size ?? 0) + (i === centre ? 0.5 : 0);
    };
    const best = [...members].sort((x, y) => labelScore(y) - labelScore(x) || byDate((statements[x] as Statement).article, (statements[y] as Statement).article))[0] ?? centre;
    const text = (statements[best] as Statement).span.text;
    const label = shortLabel(text);
    claims.push({
      key: `claim:${slugify(label.split(/\s+/).slice(0, 10).join(" ")).slice(0, 60)}`,
      text,
      label,
      statements: members.map((i) => ({ article: (statements[i] as Statement).article, span: (statements[i] as Statement).span })),
      articles,
    });
  }
  claims.sort((a, b) => b.articles.length - a.articles.length || a.key.localeCompare(b.key));
  const seen = new Set<string>();
  for (const c of claims) {
    let k = c.key;
    for (let n = 2; seen.has(k); n++) k = `${c.key}-${n}`;
    c.key = k;
    seen.add(k);
  }
  return claims;
}
