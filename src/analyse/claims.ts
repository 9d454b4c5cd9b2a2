/**
 * Claims: what several articles of a case say, grouped so that a case about one story yields the few claims a reader
 * would name, each with a short label and the statements (exact sentences or headlines) it rests on.
 *
 * 1. Statements: every sentence and headline, with its terms (terms.ts: stems in the article's language, numbers,
 *    and anchors — the names and numbers a translation keeps).
 * 2. Links between statements of two articles, each made by one rule:
 *    - words: their terms overlap enough (IDF-weighted) and, when both name places, the places agree: the same name,
 *      one inside the other ("Homs" / "Homs desert"), or two names the case relates — by a reuse edit that swapped one
 *      for the other (`[to the Badia]` → `[to the Homs desert]`) or a phrase such as "X is a part of Y";
 *    - anchors: across languages, they share names and numbers of their own (not the story's subject alone).
 * 3. Star clustering of the links (each group a centre statement and those linked to it directly, so links never
 *    chain from one claim to the next); two stars densely linked to each other are one claim seen from two sides.
 * 4. Story merge: groups whose terms taken together are alike and that come from largely the same articles are one
 *    claim (the headline "X endorses Y" and the statement printed under it); average linkage, so no chaining.
 * 5. Headlines and leads: an article whose headline or lead states a claim in words close to the claim's carries it.
 * 6. A claim is a group that spans two articles and is not only quoted words. At most MAX_MAIN_CLAIMS claims are
 *    `main`, each made by a quarter as many articles as the most repeated claim: the rest are minor statements, kept
 *    but not drawn.
 * Where it fails: a claim reworded with no shared stem, name or number stays split; translations between scripts
 * meet only through the names and numbers they keep in Latin letters or digits.
 */
import { compareDates, type PublishedDate } from "../core/dates.ts";
import type { TextSpan } from "../core/spans.ts";
import { slugify } from "../core/text.ts";
import { PairHeap } from "./claims/heap.ts";
import { contentWords, shortLabel } from "./claims/label.ts";
import { midSentenceCapitals, nameRelation, namePairsFromText, namesIn, normaliseName, type NamePair } from "./claims/names.ts";
import { isReportingVerb, predicateOf } from "./lexicon.ts";
import { termsOf } from "./terms.ts";

export { namePairsFromText, normaliseName, shortLabel, type NamePair };

/** One article's statements and the names that are not places (its people and outlets). */
export interface StatementSource {
  article: string;
  /** ISO 639-1 code of the article's language (default "en"). */
  language?: string;
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
  /** One of the few claims that hold the story together (see MAX_MAIN_CLAIMS): drawn by default. */
  main: boolean;
}


interface Statement {
  article: string;
  language: string;
  span: TextSpan;
  quoted: boolean;
  /** Stems, character pairs and numbers (terms.ts). */
  words: Set<string>;
  /** Names and numbers a translation keeps. */
  anchors: Set<string>;
  predicates: Set<string>;
  /** Places named (not people, outlets or the story's subject). */
  names: Set<string>;
  /** Lead: the headline or one of the body's first LEAD_SENTENCES sentences. */
  lead: boolean;
}

/** Minimum IDF-weighted overlap of content words for two statements that share a predicate group to be one claim. */
const MIN_OVERLAP = 0.22;
/** Stricter overlap when one of the two names no place at all, or when they share no predicate group. */
const MIN_OVERLAP_WITHOUT_NAMES = 0.45;
/** Across languages: the overlap of anchors (names, numbers) two statements need, and how many anchors they share. */
const MIN_ANCHOR_OVERLAP = 0.5;
const MIN_SHARED_ANCHORS = 2;
/** Each statement is indexed under the rarer half of its words (within these bounds): two statements that overlap enough share some of them. */
const MIN_SIGNATURE_WORDS = 6;
const MAX_SIGNATURE_WORDS = 12;
/** Each statement is indexed under at most this many of its rarest anchors. */
const MAX_ANCHOR_KEYS = 4;
/** A predicate or word shared by more statements than this is too common to propose candidate pairs. */
const MAX_BLOCK = 400;
/** A name in at least this share of articles is the story's subject, not a place. */
const SUBJECT_SHARE = 0.6;
/** A term belongs to a group's signature when at least this share of the group's articles use it. */
const CORE_SHARE = 0.34;
/** Story merge: two groups are one claim when their signatures overlap this much … */
const MERGE_SIMILARITY = 0.4;
/** … and at least this share of the smaller group's articles also carry the other, unless the signatures overlap this much. */
const SAME_WORDING = 0.7;
const MERGE_COOCCURRENCE = 0.5;
/** A headline or lead sentence carries a claim when the signature shares of the terms it uses add up to this. */
const LEAD_MATCH = 1.5;
/** Across languages, two groups merge when the names and numbers they share weigh this much (sum of the smaller shares). */
const CROSS_LANGUAGE_MERGE = 0.6;
/** A name used by most (this share) of a claim's articles defines it: a lead in another language that uses it carries the claim. */
const DEFINING_SHARE = 2 / 3;
/** Rounds of joining leads and merging groups. */
const LEAD_ROUNDS = 2;
/** Only a claim made by this many articles has a signature stable enough for leads to join it. */
const LEAD_JOIN_MIN_ARTICLES = 4;
/** Sentences at the head of the body that count as the lead. */
const LEAD_SENTENCES = 2;
/** How much a label gains per name or number of the claim it states (weighed by the share of the claim's articles using it). */
const NAMED_LABEL_WEIGHT = 5;
/** At most this many claims are main: the few a reader would name, drawn by default. */
export const MAX_MAIN_CLAIMS = 8;
/**
 * A main claim is made by at least this share of the articles that make the case's most repeated claim (and by two at
 * least): fewer is a minor statement. Relative to the story, not to the case's size, so a large case still shows claims.
 */
const MAIN_SHARE = 0.25;

/** The names a case relates: pairs learned from reuse edits plus place phrases in the statements themselves. */
function relatedNameIndex(sources: readonly StatementSource[], relatedNames: readonly NamePair[]): Map<string, Set<string>> {
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
  for (const src of sources) {
    for (const s of [...src.sentences, ...(src.title ? [{ text: src.title }] : [])]) for (const [a, b] of namePairsFromText(s.text)) relate(a, b);
  }
  return related;
}

/** Every sentence and headline of the case with its terms, predicates and places. */
function readStatements(sources: readonly StatementSource[]): Statement[] {
  const nameArticles = new Map<string, Set<string>>();
  const raw: { source: StatementSource; span: TextSpan; names: string[]; quoted: boolean; verbs: readonly string[]; lead: boolean }[] = [];
  const midCaps = midSentenceCapitals(sources.flatMap((src) => src.sentences.map((x) => x.text)));
  for (const src of sources) {
    const statements: TextSpan[] = [...src.sentences];
    if (src.title) statements.push({ start: -1, end: -1, text: src.title });
    statements.forEach((s, k) => {
      const names = namesIn(s.text, midCaps).map(normaliseName).filter(Boolean);
      for (const n of names) {
        if (!nameArticles.has(n)) nameArticles.set(n, new Set());
        nameArticles.get(n)?.add(src.article);
      }
      let inQuotes = 0;
      for (const q of src.quoted ?? []) inQuotes += Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start));
      raw.push({ source: src, span: s, names, quoted: s.start >= 0 && inQuotes > (s.end - s.start) / 2, verbs: src.verbs?.[k] ?? [], lead: s.start < 0 || k < LEAD_SENTENCES });
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
  return raw.map((r) => {
    const language = r.source.language ?? "en";
    const terms = termsOf(r.span.text, language);
    const words = contentWords(r.span.text);
    return {
      article: r.source.article,
      language,
      span: r.span,
      quoted: r.quoted,
      words: terms.all,
      anchors: terms.anchors,
      predicates: new Set([
        ...words.map(predicateOf).filter((p): p is string => p !== undefined),
        // A shared verb is a shared predicate ("plans to sell" / "will sell"); saying and being are not.
        ...r.verbs.map((v) => v.toLowerCase()).filter((v) => v.length > 2 && !isReportingVerb(v)).map((v) => predicateOf(v) ?? `verb:${termsOf(v, language).all.values().next().value ?? v}`),
      ]),
      names: new Set(r.names.filter(isPlace)),
      lead: r.lead,
    };
  });
}

/** Weights of terms: rarer terms say more (IDF over the case's statements). */
interface Weights {
  idf(term: string): number;
  total: number;
}

function termWeights(statements: readonly Statement[]): Weights {
  const df = new Map<string, number>();
  for (const s of statements) for (const w of s.words) df.set(w, (df.get(w) ?? 0) + 1);
  return { idf: (w: string) => Math.log(1 + statements.length / (df.get(w) ?? 1)), total: statements.length };
}

/** Links between statements of different articles that say the same thing (rules: words, anchors). */
function linkStatements(statements: readonly Statement[], related: ReadonlyMap<string, Set<string>>, weights: Weights): Set<number>[] {
  const { idf } = weights;
  const df = new Map<string, number>();
  for (const s of statements) for (const w of s.words) df.set(w, (df.get(w) ?? 0) + 1);
  const weightOf = (ws: Set<string>) => [...ws].reduce((sum, w) => sum + idf(w), 0);
  const wordWeights = statements.map((s) => weightOf(s.words));
  const anchorWeights = statements.map((s) => weightOf(s.anchors));

  // Candidate pairs (prefix filtering): two statements are compared when they share one of their rarest words, or a
  // predicate that is not too common to tell claims apart; an inverted index keeps this from comparing every pair.
  const anchorDf = new Map<string, number>();
  for (const s of statements) for (const a of s.anchors) anchorDf.set(a, (anchorDf.get(a) ?? 0) + 1);
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
    // Its rarest names and numbers too: across languages they are the only words two statements can share.
    const rarestAnchors = [...s.anchors].sort((x, y) => (anchorDf.get(x) ?? 0) - (anchorDf.get(y) ?? 0) || (x < y ? -1 : 1)).slice(0, MAX_ANCHOR_KEYS);
    for (const a of rarestAnchors) addTo(`a:${a}`, i);
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
      let linked: boolean;
      if (a.language !== b.language) {
        // Across languages only names and numbers can be shared: enough of them, and not one alone.
        let sharedWeight = 0;
        let sharedCount = 0;
        for (const w of a.anchors) {
          if (b.anchors.has(w)) {
            sharedWeight += idf(w);
            sharedCount++;
          }
        }
        linked = sharedCount >= MIN_SHARED_ANCHORS && sharedWeight / Math.sqrt((anchorWeights[i] as number) * (anchorWeights[j] as number) || 1) >= MIN_ANCHOR_OVERLAP;
      } else {
        let overlapWeight = 0;
        for (const w of a.words) if (b.words.has(w)) overlapWeight += idf(w);
        const relation = nameRelation(related, a.names, b.names);
        // Related names ("Badia" / "Homs desert") count as a shared word: the case says they are one place.
        if (relation === "related") overlapWeight += Math.log(1 + statements.length);
        const overlap = overlapWeight / Math.sqrt((wordWeights[i] as number) * (wordWeights[j] as number) || 1);
        let sharesPredicate = false;
        for (const p of a.predicates) if (b.predicates.has(p)) sharesPredicate = true;
        const bothNamed = a.names.size > 0 && b.names.size > 0;
        linked = bothNamed
          ? relation !== undefined && overlap >= (sharesPredicate ? MIN_OVERLAP : MIN_OVERLAP_WITHOUT_NAMES)
          : overlap >= MIN_OVERLAP_WITHOUT_NAMES && (sharesPredicate || overlap >= MIN_OVERLAP_WITHOUT_NAMES + 0.1);
      }
      if (linked) {
        links[i]?.add(j);
        links[j]?.add(i);
      }
    }
  }
  return links;
}

/** A conditional or a question makes a poor centre or label: it does not assert the claim. */
function asserts(s: Statement): number {
  return /^(?:if|whether|unless)\b|\?["”’]?$/i.test(s.span.text.trim()) ? 0 : 1;
}

/**
 * Star clustering (Aslam, Pelekhov & Rus 2004): the best-connected statement is a claim's centre and takes every
 * statement linked to it directly; no chains, so "killed or captured" cannot drag in "his son was killed". Two stars
 * densely linked to each other (their centres linked, or as many links across as the smaller star has members) are one
 * claim seen from two sides; the density condition keeps a single stray link from chaining claims.
 */
function starClusters(statements: readonly Statement[], links: readonly Set<number>[]): number[][] {
  const order = statements.map((_, i) => i).sort((x, y) => asserts(statements[y] as Statement) - asserts(statements[x] as Statement) || (links[y]?.size ?? 0) - (links[x]?.size ?? 0) || x - y);
  const assigned = new Set<number>();
  const stars: { centre: number; members: number[] }[] = [];
  for (const centre of order) {
    if (assigned.has(centre) || (links[centre]?.size ?? 0) === 0) continue;
    const members = [centre, ...[...(links[centre] ?? [])].filter((j) => !assigned.has(j))];
    members.forEach((m) => assigned.add(m));
    stars.push({ centre, members });
  }
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
  const merged = new Map<number, number[]>();
  stars.forEach((star, k) => {
    const r = findRoot(k);
    // The root star's centre stays first: it is the group's centre.
    const g = merged.get(r);
    if (g) g.push(...star.members);
    else merged.set(r, [...(stars[r] as { members: number[] }).members.slice(0, 1), ...star.members.filter((m) => m !== (stars[r] as { centre: number }).centre)]);
  });
  return [...merged.values()].map((g) => [...new Set(g)]);
}

/** Working state of a group while groups merge and leads join: its statements and articles. */
interface Group {
  members: number[];
  articles: Set<string>;
}

/**
 * A group's signature: for each term, the share of the group's articles whose statements in the group use it. Unlike
 * IDF, it favours the words the whole case repeats ("pope", "endorse"): the words that say which story a statement tells.
 */
function signature(g: Group, statements: readonly Statement[], field: "words" | "anchors"): Map<string, number> {
  const perArticle = new Map<string, Set<string>>();
  for (const m of g.members) {
    const s = statements[m] as Statement;
    let terms = perArticle.get(s.article);
    if (!terms) perArticle.set(s.article, (terms = new Set()));
    for (const t of s[field]) terms.add(t);
  }
  const share = new Map<string, number>();
  for (const terms of perArticle.values()) for (const t of terms) share.set(t, (share.get(t) ?? 0) + 1 / perArticle.size);
  for (const [t, x] of share) if (x < CORE_SHARE) share.delete(t);
  return share;
}

/** How much of the smaller signature the other shares (weighted overlap coefficient). */
function signatureOverlap(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let common = 0;
  let sumA = 0;
  let sumB = 0;
  for (const x of a.values()) sumA += x;
  for (const x of b.values()) sumB += x;
  for (const [t, x] of a) common += Math.min(x, b.get(t) ?? 0);
  return common / (Math.min(sumA, sumB) || 1);
}

/** The language most of a group's statements are in. */
function mainLanguage(g: Group, statements: readonly Statement[]): string {
  const counts = new Map<string, number>();
  for (const m of g.members) {
    const l = (statements[m] as Statement).language;
    counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "en";
}

/**
 * Story merge: two groups whose signatures overlap (≥ MERGE_SIMILARITY) and whose articles largely coincide
 * (≥ MERGE_COOCCURRENCE of the smaller group's) are one claim. Average linkage: the most alike pair merges first and
 * the merged group is compared as a whole, so two claims never chain through a third.
 */
function mergeStoryGroups(groups: Group[], statements: readonly Statement[]): Group[] {
  const alive = groups.filter((g) => g.articles.size >= 2);
  const id = new Map(alive.map((g, k) => [g, k]));
  const signatures = new Map<Group, Map<string, number>>();
  const anchorSignatures = new Map<Group, Map<string, number>>();
  const languages = new Map<Group, string>();
  const version = new Map<Group, number>();
  // Groups by the terms of their signatures: only groups sharing a term can be alike (and only those are compared).
  const index = new Map<string, Set<Group>>();
  const keysOf = (g: Group) => [...[...(signatures.get(g)?.keys() ?? [])].map((t) => `w:${t}`), ...[...(anchorSignatures.get(g)?.keys() ?? [])].map((t) => `a:${t}`)];
  const describe = (g: Group) => {
    for (const k of keysOf(g)) index.get(k)?.delete(g);
    signatures.set(g, signature(g, statements, "words"));
    anchorSignatures.set(g, signature(g, statements, "anchors"));
    languages.set(g, mainLanguage(g, statements));
    version.set(g, (version.get(g) ?? 0) + 1);
    for (const k of keysOf(g)) {
      let set = index.get(k);
      if (!set) index.set(k, (set = new Set()));
      set.add(g);
    }
  };
  alive.forEach(describe);
  const similarity = (a: Group, b: Group): number => {
    if (languages.get(a) !== languages.get(b)) {
      // Across languages only names and numbers can be shared: several of them, weighing CROSS_LANGUAGE_MERGE.
      const sa = anchorSignatures.get(a) as Map<string, number>;
      const sb = anchorSignatures.get(b) as Map<string, number>;
      let shared = 0;
      let sim = 0;
      for (const [t, x] of sa) {
        if (!sb.has(t)) continue;
        shared++;
        sim += Math.min(x, sb.get(t) ?? 0);
      }
      return shared >= MIN_SHARED_ANCHORS && sim >= CROSS_LANGUAGE_MERGE ? sim : 0;
    }
    let common = 0;
    for (const x of a.articles) if (b.articles.has(x)) common++;
    const sim = signatureOverlap(signatures.get(a) as Map<string, number>, signatures.get(b) as Map<string, number>);
    // The same words are the same claim, whoever prints it (a debunk and the story it debunks); alike words need the same articles too.
    if (sim < SAME_WORDING && common / Math.min(a.articles.size, b.articles.size) < MERGE_COOCCURRENCE) return 0;
    return sim;
  };
  // Candidate pairs in a heap, most alike first (ties: earlier groups first); a pair whose group changed since is stale.
  const heap = new PairHeap<Group>();
  const offer = (g: Group) => {
    const seen = new Set<Group>();
    for (const k of keysOf(g)) {
      const members = index.get(k);
      if (!members || members.size > MAX_BLOCK) continue;
      for (const h of members) {
        if (h === g || seen.has(h)) continue;
        seen.add(h);
        const sim = similarity(g, h);
        if (sim < MERGE_SIMILARITY) continue;
        const [x, y] = (id.get(g) as number) < (id.get(h) as number) ? [g, h] : [h, g];
        heap.push({ sim, a: x, b: y, ia: id.get(x) as number, ib: id.get(y) as number, va: version.get(x) as number, vb: version.get(y) as number });
      }
    }
  };
  alive.forEach(offer);
  const dead = new Set<Group>();
  for (let pair = heap.pop(); pair; pair = heap.pop()) {
    const { a, b } = pair;
    if (dead.has(a) || dead.has(b) || version.get(a) !== pair.va || version.get(b) !== pair.vb) continue;
    a.members.push(...b.members);
    b.articles.forEach((x) => a.articles.add(x));
    dead.add(b);
    for (const k of keysOf(b)) index.get(k)?.delete(b);
    describe(a);
    offer(a);
  }
  return alive.filter((g) => !dead.has(g));
}

/**
 * Headlines and leads: an article not yet carrying a claim carries it when its headline or a lead sentence uses the
 * claim's signature words (in its own language) or its names and numbers (across languages) — at least two of them,
 * weighing LEAD_MATCH together — and, when the claim is about a place, names a place the claim's statements relate to.
 */
function joinLeads(groups: Group[], statements: readonly Statement[], related: ReadonlyMap<string, Set<string>>): void {
  const grouped = new Set(groups.flatMap((g) => g.members));
  // Lead sentences by their terms: a claim is compared only with the leads that share a term with its signatures.
  const leadsBy = new Map<string, number[]>();
  statements.forEach((s, i) => {
    if (!s.lead || grouped.has(i)) return;
    for (const key of [...[...s.words].map((t) => `w:${s.language}:${t}`), ...[...s.anchors].map((t) => `a:${t}`)]) {
      const list = leadsBy.get(key);
      if (list) list.push(i);
      else leadsBy.set(key, [i]);
    }
  });
  const best = new Map<number, { group: Group; weight: number }>();
  for (const g of groups) {
    // Quoted words alone are a recycled quotation, not a claim: nothing joins them. A signature of a few articles is
    // one sentence's wording, not a claim's.
    if (g.articles.size < LEAD_JOIN_MIN_ARTICLES || g.members.every((m) => (statements[m] as Statement).quoted)) continue;
    // The claim's words in each language it is told in by two articles or more, so a claim told in Italian and
    // English has English words an English headline can match; in other languages, its names and numbers.
    const byLanguage = new Map<string, number[]>();
    for (const m of g.members) {
      const l = (statements[m] as Statement).language;
      byLanguage.set(l, [...(byLanguage.get(l) ?? []), m]);
    }
    const words = new Map<string, Map<string, number>>();
    for (const [l, members] of byLanguage) {
      const articles = new Set(members.map((m) => (statements[m] as Statement).article));
      if (articles.size >= 2) words.set(l, signature({ members, articles }, statements, "words"));
    }
    const anchors = signature(g, statements, "anchors");
    const places = new Set<string>();
    for (const m of g.members) for (const n of (statements[m] as Statement).names) places.add(n);
    // A claim that says where ("hiding in the Homs desert": one place, or places the case relates, named by nearly all
    // its articles) is carried only by a statement that names a place it relates to.
    const placeBound = [...places].some((p) => {
      const naming = new Set(g.members.filter((m) => nameRelation(related, (statements[m] as Statement).names, new Set([p])) !== undefined).map((m) => (statements[m] as Statement).article));
      return naming.size >= g.articles.size * DEFINING_SHARE;
    });
    const leads = new Set<number>();
    for (const [l, sig] of words) for (const t of sig.keys()) for (const i of leadsBy.get(`w:${l}:${t}`) ?? []) leads.add(i);
    for (const t of anchors.keys()) for (const i of leadsBy.get(`a:${t}`) ?? []) leads.add(i);
    for (const i of [...leads].sort((x, y) => x - y)) {
      const s = statements[i] as Statement;
      if (g.articles.has(s.article)) continue;
      if (placeBound && nameRelation(related, s.names, places) === undefined) continue;
      const own = words.get(s.language);
      const sameLanguage = own !== undefined;
      const sig = own ?? anchors;
      let weight = 0;
      let count = 0;
      let defining = false;
      for (const t of sameLanguage ? s.words : s.anchors) {
        const x = sig.get(t);
        if (x !== undefined) {
          weight += x;
          count++;
          if (x >= DEFINING_SHARE && !t.startsWith("#")) defining = true;
        }
      }
      // Across languages: two names or numbers of the claim, or the one name nearly all its articles use (a Latin-letter outlet name in a Korean lead).
      const joins = sameLanguage ? count >= MIN_SHARED_ANCHORS && weight >= LEAD_MATCH : (count >= MIN_SHARED_ANCHORS && weight >= CROSS_LANGUAGE_MERGE) || defining;
      // Among the claims a lead states, the one it states best, larger claims first: a headline tells the story, not a detail.
      const score = weight * Math.log2(1 + g.articles.size);
      if (joins && score > (best.get(i)?.weight ?? 0)) best.set(i, { group: g, weight: score });
    }
  }
  // Each lead sentence joins the one claim it matches best: joining several would chain the claims into one.
  for (const [i, { group }] of best) {
    group.members.push(i);
    group.articles.add((statements[i] as Statement).article);
  }
}

/** Groups statements of several articles into claims. Pure; `relatedNames` are pairs learned from reuse edits. */
export function groupClaims(sources: readonly StatementSource[], relatedNames: readonly NamePair[] = []): ClaimGroup[] {
  const related = relatedNameIndex(sources, relatedNames);
  const statements = readStatements(sources);
  const weights = termWeights(statements);
  const links = linkStatements(statements, related, weights);
  const groups = mergeStoryGroups(
    starClusters(statements, links).map((members) => ({ members, articles: new Set(members.map((i) => (statements[i] as Statement).article)) })),
    statements,
  );
  // Two rounds: a lead that joins one group can make two groups alike enough to merge, and a merged group draws more leads.
  let claimsGroups = groups;
  for (let round = 0; round < LEAD_ROUNDS; round++) {
    joinLeads(claimsGroups, statements, related);
    claimsGroups = mergeStoryGroups(claimsGroups, statements);
  }

  const published = new Map(sources.map((s) => [s.article, s.published]));
  const byDate = (a: string, b: string) => compareDates(published.get(a), published.get(b)) || a.localeCompare(b);
  const claims: ClaimGroup[] = [];
  for (const { members } of claimsGroups) {
    const articles = [...new Set(members.map((i) => (statements[i] as Statement).article))].sort(byDate);
    if (articles.length < 2) continue;
    // Only quoted words in common: a recycled quotation (reported as such), not a claim the outlets make.
    if (members.every((i) => (statements[i] as Statement).quoted)) continue;
    const text = (statements[representative(members, statements, links, byDate)] as Statement).span.text;
    const label = shortLabel(text);
    claims.push({
      key: `claim:${slugify(label.split(/\s+/).slice(0, 10).join(" ")).slice(0, 60)}`,
      text,
      label,
      statements: members.map((i) => ({ article: (statements[i] as Statement).article, span: (statements[i] as Statement).span })),
      articles,
      main: false,
    });
  }
  claims.sort((a, b) => b.articles.length - a.articles.length || a.key.localeCompare(b.key));
  const minMain = Math.max(2, Math.ceil((claims[0]?.articles.length ?? 0) * MAIN_SHARE));
  claims.forEach((c, k) => (c.main = k < MAX_MAIN_CLAIMS && c.articles.length >= minMain));
  const seen = new Set<string>();
  for (const c of claims) {
    let k = c.key;
    for (let n = 2; seen.has(k); n++) k = `${c.key}-${n}`;
    c.key = k;
    seen.add(k);
  }
  return claims;
}

/** The representative: an assertion (not a condition or question) whose main clause names the claim's predicate, best connected, earliest. */
function representative(members: readonly number[], statements: readonly Statement[], links: readonly Set<number>[], byDate: (a: string, b: string) => number): number {
  const predicateCounts = new Map<string, number>();
  for (const i of members) for (const p of (statements[i] as Statement).predicates) predicateCounts.set(p, (predicateCounts.get(p) ?? 0) + 1);
  const claimPredicate = [...predicateCounts].sort((a, b) => b[1] - a[1])[0]?.[0];
  // Names and numbers most of the claim's articles use: a label that names them says whom the claim is about.
  const articles = new Set(members.map((i) => (statements[i] as Statement).article));
  const anchors = signature({ members: [...members], articles }, statements, "anchors");
  // A label in the language most of the claim's statements are in.
  const language = mainLanguage({ members: [...members], articles }, statements);
  const labelScore = (i: number) => {
    const st = statements[i] as Statement;
    const clauseHasPredicate = contentWords(shortLabel(st.span.text)).some((w) => predicateOf(w) === claimPredicate);
    let named = 0;
    for (const a of st.anchors) named += anchors.get(a) ?? 0;
    return (st.language === language ? 200 : 0) + (clauseHasPredicate ? 100 : 0) + asserts(st) * 50 + NAMED_LABEL_WEIGHT * named + (links[i]?.size ?? 0) + (i === members[0] ? 0.5 : 0);
  };
  return [...members].sort((x, y) => labelScore(y) - labelScore(x) || byDate((statements[x] as Statement).article, (statements[y] as Statement).article))[0] ?? (members[0] as number);
}
