/**
 * Stage 4, story merge: groups whose signatures overlap (≥ MERGE_SIMILARITY) and whose articles largely coincide
 * (≥ MERGE_COOCCURRENCE of the smaller group's) are one claim — the headline "X will close Y" and the statement printed
 * under it. Average linkage: the most alike pair merges first and the merged group is compared as a whole, so two
 * claims never chain through a third. Groups are indexed by their signature terms, so only groups sharing a term are
 * compared, and candidate pairs wait in a max-heap; a pair whose group changed since it was measured is stale.
 */
import { sameInOrder } from "../../core/equal.ts";
import { leave, recall } from "../../core/memo.ts";
import { PairHeap } from "./heap.ts";
import { mainLanguage, signature, signatureOverlap, signatureWeight, tellingsOf, type Signature, type Telling } from "./signature.ts";
import { CROSS_LANGUAGE_MERGE, MAX_BLOCK, MERGE_COOCCURRENCE, MERGE_SIMILARITY, MIN_SHARED_ANCHORS, SAME_WORDING } from "./thresholds.ts";
import type { Group, Statement } from "./types.ts";
import { mustStayApart, type ApartStatements } from "./versions.ts";

/** A group while merging: merged into in place (a copy of the caller's). */
interface MergingGroup {
  /** Its place among the groups first given: ties in the heap go to the earliest pair, and scratch arrays are indexed by it. */
  id: number;
  members: number[];
  articles: Set<string>;
}

/** What the merge compares of a group, measured again each time it grows (`version` counts the times). */
interface Description {
  words: Signature;
  /** The words' signatureWeight, made once per description. */
  wordWeight: number;
  anchors: Signature;
  /** Its tellings in each of its languages (signature.ts tellingsOf), none for a group in one language. */
  tellings: readonly Telling[];
  /** The articles that tell it in their own words: a statement of theirs in it is not mostly inside quotation marks. */
  telling: ReadonlySet<string>;
  /** The languages of its statements. */
  languages: readonly string[];
  language: string;
  version: number;
  /** The index keys of its signature terms ("w:" words, then "a:" anchors), made once per description. */
  keys: string[];
  /** The share of each word key (the first `words.size` keys), in the same order. */
  wordShares: readonly number[];
  /** The share of each anchor key (the keys after the words), in the same order. */
  anchorShares: readonly number[];
}

/** How alike two described groups are: at least MERGE_SIMILARITY, or 0 when they must not merge. */
function similarity(a: MergingGroup, b: MergingGroup, da: Description, db: Description): number {
  if (da.language !== db.language) {
    // Across languages only names and numbers can be shared: several of them, weighing CROSS_LANGUAGE_MERGE. The
    // groups as wholes; and where no language tells both, each telling of one with each of the other (where one
    // language tells both, its words have said whether they are one claim).
    let best = 0;
    const noSharedLanguage = !da.languages.some((l) => db.languages.includes(l));
    for (const x of [{ language: da.language, anchors: da.anchors }, ...(noSharedLanguage ? da.tellings : [])]) {
      for (const y of [{ language: db.language, anchors: db.anchors }, ...(noSharedLanguage ? db.tellings : [])]) {
        if (x.language === y.language) continue;
        let shared = 0;
        let sim = 0;
        for (const [t, share] of x.anchors) {
          if (!y.anchors.has(t)) continue;
          shared++;
          sim += Math.min(share, y.anchors.get(t) ?? 0);
        }
        if (shared >= MIN_SHARED_ANCHORS && sim >= CROSS_LANGUAGE_MERGE && sim > best) best = sim;
      }
    }
    return best;
  }
  // Below MERGE_SIMILARITY nothing merges: the shared articles are counted only for groups alike enough.
  const sim = signatureOverlap(da.words, db.words, da.wordWeight, db.wordWeight);
  if (sim < MERGE_SIMILARITY) return 0;
  // The same words are the same claim, whoever prints it (a debunk and the story it debunks); alike words need the same articles too.
  if (sim >= SAME_WORDING) return sim;
  // Shared articles counted over the smaller set: a story's large group meets many small ones.
  const [fewer, more] = a.articles.size <= b.articles.size ? [a.articles, b.articles] : [b.articles, a.articles];
  // An article counts as printing both only where it tells one of them in its own words: one that only quotes a speaker
  // in both (a study's abstract, sentence after sentence) says what the speaker said, not that the two are one claim.
  let common = 0;
  for (const x of fewer) if (more.has(x) && (da.telling.has(x) || db.telling.has(x))) common++;
  if (common / Math.min(a.articles.size, b.articles.size) < MERGE_COOCCURRENCE) return 0;
  return sim;
}

/**
 * What one merge left for the same merge on the case's next run: its groups of two articles or more, the statements
 * it read, and what it made. Never changed once left.
 */
interface MergeState {
  groups: readonly Group[];
  statements: readonly Statement[];
  merged: readonly MergingGroup[];
}

/**
 * Each statement of the last run by its number now: the statement at the same place among its article's (an article
 * added before it moves its number), or -1 where the article has no statement there now. An article's statements
 * are numbered one after another (readStatements); undefined where they are not, and nothing is renumbered.
 */
function renumbering(last: readonly Statement[], now: readonly Statement[]): Int32Array | undefined {
  const first = new Map<string, number>();
  const count = new Map<string, number>();
  for (let x = 0; x < now.length; x++) {
    const article = (now[x] as Statement).article;
    if (x > 0 && (now[x - 1] as Statement).article === article) continue;
    if (first.has(article)) return undefined;
    first.set(article, x);
  }
  for (const [article, x] of first) {
    let end = x;
    while (end < now.length && (now[end] as Statement).article === article) end++;
    count.set(article, end - x);
  }
  const out = new Int32Array(last.length);
  let k = 0;
  for (let o = 0; o < last.length; o++) {
    const article = (last[o] as Statement).article;
    k = o > 0 && (last[o - 1] as Statement).article === article ? k + 1 : 0;
    const x = first.get(article);
    out[o] = x !== undefined && k < (count.get(article) as number) ? x + k : -1;
  }
  return out;
}

/** The renumbering of the last run's statements made for this run's (the three merges of a run share it). */
const renumbered = new WeakMap<readonly Statement[], { last: readonly Statement[]; now: Int32Array | undefined }>();

function renumberingFor(last: readonly Statement[], now: readonly Statement[]): Int32Array | undefined {
  const made = renumbered.get(now);
  if (made && made.last === last) return made.now;
  const out = renumbering(last, now);
  renumbered.set(now, { last, now: out });
  return out;
}

/**
 * Whether the merge reads the same now as when `last` was left, its statements renumbered (`now`, by `renumbering`):
 * the same groups (members and articles in order) and, for each member, a statement of the same article and language
 * with the same words and anchors in the same order, quoted or not. That is all the merge reads (signatures, languages,
 * shared articles and which of them tell in their own words; ties by the groups' order; a statement's number only as a member), so it makes the same groups, renumbered.
 */
function sameMergeInputs(last: MergeState, now: Int32Array, groups: readonly Group[], statements: readonly Statement[]): boolean {
  if (last.groups.length !== groups.length) return false;
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k] as Group;
    const h = last.groups[k] as Group;
    // The articles in the same order too: a merged group's articles follow it, and later stages read them in that order.
    if (g.members.length !== h.members.length || !sameInOrder(g.articles, h.articles)) return false;
    for (let i = 0; i < g.members.length; i++) {
      const m = g.members[i] as number;
      const o = h.members[i] as number;
      if (now[o] !== m) return false;
      const s = statements[m];
      const t = last.statements[o];
      if (s === t) continue;
      if (!s || !t || s.article !== t.article || s.language !== t.language || s.quoted !== t.quoted || !sameInOrder(s.words, t.words) || !sameInOrder(s.anchors, t.anchors)) return false;
    }
  }
  return true;
}

/** Groups as new objects with their own lists (whoever reads them may not change the kept ones), members renumbered by `now`. */
function copies(groups: readonly MergingGroup[], now?: Int32Array): MergingGroup[] {
  return groups.map((g) => ({ ...g, members: now ? g.members.map((m) => now[m] as number) : [...g.members], articles: new Set(g.articles) }));
}

/**
 * Merges the groups of two articles or more that tell one claim; groups of one article are dropped. With `keptAs`
 * (and a memo active, core/memo.ts), the merge's groups are left under that name for the same merge on the case's next
 * run, which gives them back where it reads the same (sameMergeInputs): an added article whose statements join no
 * group leaves a case's merges as they were.
 */
export function mergeStoryGroups(groups: readonly Group[], statements: readonly Statement[], keptAs?: string, apart: ApartStatements = new Map()): Group[] {
  const sizable = groups.filter((g) => g.articles.size >= 2);
  // Kept only without versions to keep apart: the memo compares statements and groups, not the reuse they come from.
  if (keptAs === undefined || apart.size > 0) return mergeGroups(sizable, statements, apart);
  const last = recall<MergeState>(keptAs);
  if (last) {
    const now = renumberingFor(last.statements, statements);
    if (now && sameMergeInputs(last, now, sizable, statements)) return copies(last.merged, now);
  }
  const merged = mergeGroups(sizable, statements);
  leave(keptAs, { groups: sizable.map((g) => ({ members: [...g.members], articles: new Set(g.articles) })), statements, merged: copies(merged) } satisfies MergeState);
  return merged;
}

/** Each term of the signatures at the largest share one of them gives it. */
function largestShares(signatures: readonly Signature[]): Signature {
  const out = new Map<string, number>();
  for (const sig of signatures) for (const [t, x] of sig) if (x > (out.get(t) ?? 0)) out.set(t, x);
  return out;
}

/** A signature's index keys (its terms after `prefix`), their shares in the same order, and its signatureWeight. */
interface TermKeys {
  keys: readonly string[];
  shares: readonly number[];
  weight: number;
}

/**
 * Each signature's TermKeys, made once per signature: the memo (core/memo.ts) hands out the same signature while a
 * group reads the same, and a case's three merges on each of its runs describe mostly such groups. Nothing changes a
 * signature or what is made from it. Words and anchors apart (the prefix is part of the keys).
 */
const wordKeys = new WeakMap<Signature, TermKeys>();
const anchorKeys = new WeakMap<Signature, TermKeys>();

function termKeys(sig: Signature, prefix: string, made: WeakMap<Signature, TermKeys>): TermKeys {
  let found = made.get(sig);
  if (found === undefined) made.set(sig, (found = { keys: [...sig.keys()].map((t) => `${prefix}${t}`), shares: [...sig.values()], weight: signatureWeight(sig) }));
  return found;
}

function mergeGroups(groups: readonly Group[], statements: readonly Statement[], apart: ApartStatements = new Map()): MergingGroup[] {
  const alive: MergingGroup[] = groups.map((g, id) => ({ id, members: [...g.members], articles: new Set(g.articles) }));
  const described = new Map<MergingGroup, Description>();
  const index = new Map<string, Set<MergingGroup>>();
  const keysOf = (g: MergingGroup): readonly string[] => described.get(g)?.keys ?? [];
  const describe = (g: MergingGroup) => {
    for (const k of keysOf(g)) index.get(k)?.delete(g);
    const words = signature(g, statements, "words");
    const anchors = signature(g, statements, "anchors");
    const tellings = tellingsOf(g, statements);
    const w = termKeys(words, "w:", wordKeys);
    // Indexed under the anchors of the whole and of each telling, each at its largest share: what a comparison through any of them can reach.
    const a = termKeys(tellings.length === 0 ? anchors : largestShares([anchors, ...tellings.map((t) => t.anchors)]), "a:", anchorKeys);
    described.set(g, { words, wordWeight: w.weight, anchors, tellings, telling: new Set(g.members.filter((m) => !(statements[m] as Statement).quoted).map((m) => (statements[m] as Statement).article)), languages: [...new Set(g.members.map((m) => (statements[m] as Statement).language))], language: mainLanguage(g, statements), version: (described.get(g)?.version ?? 0) + 1, keys: [...w.keys, ...a.keys], wordShares: w.shares, anchorShares: a.shares });
    for (const k of keysOf(g)) {
      let set = index.get(k);
      if (!set) index.set(k, (set = new Set()));
      set.add(g);
    }
  };
  alive.forEach(describe);
  const heap = new PairHeap<MergingGroup>();
  // What one offer meets: the groups in the order first met, and by group id what they share with it (scratch space,
  // reset after each offer, instead of a map made per offer).
  const met: MergingGroup[] = [];
  const isMet = new Uint8Array(alive.length);
  const sharedWith = new Float64Array(alive.length);
  const anchorsWith = new Float64Array(alive.length);
  const anchorCount = new Int32Array(alive.length);
  const offer = (g: MergingGroup) => {
    const dg = described.get(g) as Description;
    const wordCount = dg.wordShares.length;
    // The groups g meets through a key (in the order first met), each with the shares g gives the words they share
    // through keys of at most MAX_BLOCK groups, and the anchors alike; `unwalked` and `unwalkedAnchors` add up g's
    // shares of terms too common to walk.
    let unwalked = 0;
    let unwalkedAnchors = 0;
    let unwalkedAnchorKeys = 0;
    const keys = keysOf(g);
    for (let k = 0; k < keys.length; k++) {
      const word = k < wordCount;
      const share = word ? (dg.wordShares[k] as number) : (dg.anchorShares[k - wordCount] as number);
      const members = index.get(keys[k] as string);
      // A term shared by too many groups is too common to tell claims apart.
      if (!members || members.size > MAX_BLOCK) {
        if (word) unwalked += share;
        else {
          unwalkedAnchors += share;
          unwalkedAnchorKeys++;
        }
        continue;
      }
      for (const h of members) {
        if (h === g) continue;
        if (!isMet[h.id]) {
          isMet[h.id] = 1;
          sharedWith[h.id] = 0;
          anchorsWith[h.id] = 0;
          anchorCount[h.id] = 0;
          met.push(h);
        }
        if (word) sharedWith[h.id] = (sharedWith[h.id] as number) + share;
        else {
          anchorsWith[h.id] = (anchorsWith[h.id] as number) + share;
          anchorCount[h.id] = (anchorCount[h.id] as number) + 1;
        }
      }
    }
    for (const h of met) isMet[h.id] = 0;
    const meetings = met.splice(0, met.length);
    for (const h of meetings) {
      const dh = described.get(h) as Description;
      if (dg.language === dh.language) {
        // In one language the similarity is the shared words' smaller shares over the smaller signature's weight, so
        // at most g's shares of the words they share: groups that cannot reach MERGE_SIMILARITY are not measured (the
        // margin covers summing in another order).
        if (((sharedWith[h.id] as number) + unwalked) / (Math.min(dg.wordWeight, dh.wordWeight) || 1) < MERGE_SIMILARITY * (1 - 1e-9)) continue;
      } else if (
        // Across languages it is the shared anchors' smaller shares, from MIN_SHARED_ANCHORS shared anchors: at most
        // g's shares of the anchors they share, and their number (a generated case's made-up words are read as two
        // dozen languages, and most groups met are in another).
        (anchorCount[h.id] as number) + unwalkedAnchorKeys < MIN_SHARED_ANCHORS ||
        (anchorsWith[h.id] as number) + unwalkedAnchors < CROSS_LANGUAGE_MERGE * (1 - 1e-9)
      ) {
        continue;
      }
      const sim = similarity(g, h, dg, dh);
      if (sim < MERGE_SIMILARITY) continue;
      const [x, y] = g.id < h.id ? [g, h] : [h, g];
      heap.push({ sim, a: x, b: y, ia: x.id, ib: y.id, va: (described.get(x) as Description).version, vb: (described.get(y) as Description).version });
    }
  };
  alive.forEach(offer);
  const dead = new Set<MergingGroup>();
  for (let pair = heap.pop(); pair; pair = heap.pop()) {
    const { a, b } = pair;
    if (dead.has(a) || dead.has(b) || described.get(a)?.version !== pair.va || described.get(b)?.version !== pair.vb) continue;
    if (mustStayApart(a.members, b.members, apart)) continue;
    a.members.push(...b.members);
    b.articles.forEach((x) => a.articles.add(x));
    dead.add(b);
    for (const k of keysOf(b)) index.get(k)?.delete(b);
    describe(a);
    offer(a);
  }
  return alive.filter((g) => !dead.has(g));
}
