/**
 * compromise's bulk matcher (the step of its tagger that picks which of its ~1,500 tag rules to try on each clause),
 * rewritten to give the same rules in the same order at a fraction of the cost. The stock one (compromise 14,
 * src/1-one/sweep/methods/sweep/) walks every hook key of the rule net (thousands) for every clause and asks the
 * clause's word set for each; this one walks the clause's words (a few dozen) and asks the net, then sorts the hits
 * back into the net's key order. On news text that step was about half of compromise's tagging time.
 *
 * `installFastSweep(nlp)` puts it in compromise's world in place of the stock one (compromise looks the method up on
 * each call, `world.methods.one.bulkMatch`); the stock one stays available as `stockBulkMatch` for the equivalence test.
 */
import nlp from "../core/nlp.ts";
import { indexClause, matchLead, mayMatch, mayMatchIndexed, type MatchLead, type MatchReg, type MatchTerm } from "./compromiseLead.ts";

/** A rule of compromise's match net, as its `buildNet` leaves it (only the fields read here). */
interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  regs: MatchReg[];
}

/** A rule worth trying on a clause, with what compromiseLead.ts reads of it to rule it out cheaply. */
interface Candidate {
  match: NetMatch;
  lead: MatchLead;
}

/** compromise's rule net: rules by the word or tag ("#Noun") that makes them worth trying, and rules always tried. */
interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}

interface SweepMethods {
  one: {
    match(document: unknown[][], match: NetMatch): { ptrs: number[][] };
  };
}

type BulkMatch = (document: unknown[][], net: Net, methods: SweepMethods, opts?: { matchOne?: boolean }) => (NetMatch & { pointer: number[] })[];

const world = nlp.world() as unknown as { methods: { one: { bulkMatch: BulkMatch } } };

/** compromise's own bulk matcher, as loaded. */
export const stockBulkMatch: BulkMatch = world.methods.one.bulkMatch;

/**
 * A net, indexed once: its hook keys in `Object.keys(net.hooks)` order (the order the stock matcher gathers rules in),
 * each key's position, and each key's rules with a number per distinct `match` text (the stock matcher's duplicate check).
 */
interface IndexedNet {
  at: Map<string, number>;
  /** Per hook key its position in `at` (0 and up), per ifNo word of `extras` -1 less its number: one lookup per clause item. */
  codes: Map<string, number>;
  rules: IndexedRule[][];
  /** The net's rules tried on every clause, in order. */
  always: Candidate[];
  /** Words and tags a rule's `ifNo` names that hook no rule: with the hook keys, all a clause's candidates depend on. */
  extras: Map<string, number>;
  /** The largest `minWords` of any rule: clauses longer than this are alike as far as length goes. */
  maxMinWords: number;
  /** Per rule number, the last clause that took it (a stamp instead of a set per clause). */
  taken: Int32Array;
  clause: number;
  /** Per item number (hook keys, then `extras`), the last clause that has it: its needs and wants read as array lookups. */
  present: Int32Array;
  /**
   * Candidate lists by what decides them (the clause's hook keys and ifNo words, its length up to maxMinWords): clauses
   * repeat those far more than their words. Per thread, at most MAX_KEPT_CANDIDATES lists, emptied when full.
   */
  kept: Map<string, Candidate[]>;
  /** A tag's item code (`codes` of "#" and the tag, as compromise's cacheDoc writes it; null for none), looked up once per tag. */
  tagCodes: Map<string, number | null>;
}

/** A hooked rule with its needs, wants and ifNo items as item numbers (hook key position, or after them an `extras` one). */
interface IndexedRule extends Candidate {
  id: number;
  needs: Int32Array;
  wants: Int32Array;
  ifNo: Int32Array;
}

const MAX_KEPT_CANDIDATES = 20_000;

/** Per net (compromise builds its tagger's net once): kept as long as the net is. */
const indexed = new WeakMap<Record<string, NetMatch[]>, IndexedNet>();

function indexOf(net: Net): IndexedNet {
  const { hooks } = net;
  let index = indexed.get(hooks);
  if (!index) {
    const keys = Object.keys(hooks);
    const ids = new Map<string, number>();
    // The stock matcher keys its duplicate check by `match` as an object property, i.e. as a string.
    const idOf = (m: NetMatch): number => ids.get(String(m.match)) ?? (ids.set(String(m.match), ids.size), ids.size - 1);
    // A rule hooked under several keys is one object: its lead is read once.
    const leads = new Map<NetMatch, MatchLead>();
    const leadOf = (m: NetMatch): MatchLead => leads.get(m) ?? (leads.set(m, matchLead(m.regs)), leads.get(m) as MatchLead);
    const at = new Map(keys.map((k, i) => [k, i]));
    const extras = new Map<string, number>();
    let maxMinWords = 0;
    for (const m of [...keys.flatMap((k) => hooks[k] as NetMatch[]), ...net.always]) {
      for (const no of m.ifNo ?? []) if (!at.has(no) && !extras.has(no)) extras.set(no, extras.size);
      if (Number.isFinite(m.minWords)) maxMinWords = Math.max(maxMinWords, m.minWords);
    }
    const codes = new Map<string, number>(at);
    for (const [no, e] of extras) codes.set(no, -1 - e);
    // Every need and want is a hook key and every ifNo item a hook key or an extra.
    const item = (k: string): number => {
      const i = at.get(k) ?? (extras.has(k) ? at.size + (extras.get(k) as number) : undefined);
      if (i === undefined) throw new Error(`compromise's rule net has a need or want that hooks no rule: ${k}`);
      return i;
    };
    const items = (list: readonly string[] | undefined): Int32Array => Int32Array.from(list ?? [], item);
    const rules = keys.map((k) =>
      (hooks[k] as NetMatch[]).map((match) => ({ match, id: idOf(match), lead: leadOf(match), needs: items(match.needs), wants: items(match.wants), ifNo: items(match.ifNo) })),
    );
    const always = net.always.map((match) => ({ match, lead: leadOf(match) }));
    const present = new Int32Array(at.size + extras.size);
    index = { at, codes, rules, always, extras, maxMinWords, taken: new Int32Array(ids.size), clause: 0, present, kept: new Map(), tagCodes: new Map() };
    indexed.set(hooks, index);
  }
  return index;
}

/**
 * The rules worth trying on one clause, in the stock matcher's order: hooked by its words and tags (read from its terms,
 * not from a set of them built first), deduplicated, trimmed by needs, ifNo and wants. Every need and want is a hook key (buildNet hooks rules by both), so the list depends only on
 * which hook keys and ifNo words the clause has and on its length (up to the longest minWords): kept by those.
 */
function candidates(terms: readonly MatchTerm[], index: IndexedNet): Candidate[] {
  const termCount = terms.length;
  const hit: number[] = [];
  const extra: number[] = [];
  const { codes, present } = index;
  if (index.clause >= 2 ** 30) {
    index.taken.fill(0);
    present.fill(0);
    index.clause = 0;
  }
  const stamp = ++index.clause;
  const note = (item: string): void => {
    const code = codes.get(item);
    if (code !== undefined) noteCode(code);
  };
  const noteCode = (code: number): void => {
    const slot = code >= 0 ? code : index.at.size - 1 - code;
    if (present[slot] === stamp) return;
    present[slot] = stamp;
    if (code >= 0) hit.push(code);
    else extra.push(-1 - code);
  };
  // What compromise's cacheDoc puts in a clause's set (the items its stock matcher looks rules up by), item by item:
  // the same items, each noted once, without building the set.
  for (const t of terms) {
    if (t.normal !== "") note(t.normal);
    if (t.switch) note(`%${t.switch}%`);
    if (t.implicit) note(t.implicit);
    if (t.machine) note(t.machine);
    if (t.root) note(t.root);
    if (t.alias) for (const a of t.alias) note(a);
    for (const tag of t.tags) {
      const code = tagCode(tag, index);
      if (code !== null) noteCode(code);
    }
  }
  hit.sort((a, b) => a - b);
  extra.sort((a, b) => a - b);
  const key = `${Math.min(termCount, index.maxMinWords)}:${hit.join(",")}|${extra.join(",")}`;
  const known = index.kept.get(key);
  if (known) return known;
  const out: Candidate[] = [];
  for (const at of hit) {
    for (const rule of index.rules[at] as IndexedNet["rules"][number]) {
      const { match: m, id } = rule;
      if (index.taken[id] === stamp) continue;
      index.taken[id] = stamp;
      if (!(termCount >= m.minWords)) continue;
      if (!allPresent(rule.needs, present, stamp)) continue;
      if (countPresent(rule.ifNo, present, stamp) > 0) continue;
      if (rule.wants.length > 0 && countPresent(rule.wants, present, stamp) < m.minWant) continue;
      out.push(rule);
    }
  }
  for (const rule of index.always) if (termCount >= rule.match.minWords) out.push(rule);
  if (index.kept.size >= MAX_KEPT_CANDIDATES) index.kept.clear();
  index.kept.set(key, out);
  return out;
}

function tagCode(tag: string, index: IndexedNet): number | null {
  let code = index.tagCodes.get(tag);
  if (code === undefined) index.tagCodes.set(tag, (code = index.codes.get(`#${tag}`) ?? null));
  return code;
}

function allPresent(items: Int32Array, present: Int32Array, stamp: number): boolean {
  for (let i = 0; i < items.length; i++) if (present[items[i] as number] !== stamp) return false;
  return true;
}

function countPresent(items: Int32Array, present: Int32Array, stamp: number): number {
  let n = 0;
  for (let i = 0; i < items.length; i++) if (present[items[i] as number] === stamp) n++;
  return n;
}

/** Same output as compromise's `bulkMatch` (src/1-one/sweep/methods/sweep/index.js): the matches found, clause by clause, rule by rule. */
export const fastBulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const index = indexOf(net);
  const results: (NetMatch & { pointer: number[] })[] = [];
  for (let n = 0; n < document.length; n++) {
    const terms = document[n] as MatchTerm[];
    const clause = indexClause(terms);
    for (const { match: m, lead } of candidates(terms, index)) {
      // Most candidates match nowhere and most of those fail on their first terms: told here without compromise's
      // matcher, which copies the clause and builds a state per start (compromiseLead.ts).
      if (!(clause ? mayMatchIndexed(clause, lead) : mayMatch(terms, lead))) continue;
      const res = methods.one.match([terms], m);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        results.push(Object.assign({}, m, { pointer: ptr }));
      }
      if (opts.matchOne === true) return [results[0] as NetMatch & { pointer: number[] }];
    }
  }
  return results;
};

/** What the post-tagger reads of compromise's document class and world (compromise 14, src/3-three/… postTagger). */
interface TaggerView {
  docs: unknown[][];
  world: TaggerWorld;
  update(pointer: number[][]): TaggerView;
  uncache(): unknown;
  unfreeze(): unknown;
}
interface TaggerWorld {
  methods: SweepMethods & {
    one: { bulkMatch: BulkMatch; bulkTagger(found: unknown[], docs: unknown[][], world: TaggerWorld): void };
    two: { quickSplit(docs: unknown[][]): { index: number[] }[][] };
  };
  compute: Record<string, (view: TaggerView) => unknown>;
}

const taggerWorld = nlp.world() as unknown as TaggerWorld;

/** compromise's own post-tagger step, as loaded. */
export const stockPostTagger = taggerWorld.compute.postTagger as (view: TaggerView) => unknown;

/** The tagger's rule net: the one compromise's own post-tagger builds (once, from its rules) and sweeps with. */
let taggerNet: Net | undefined;

/**
 * compromise's post-tagger step (compromise 14, the `postTagger` compute of its three/postTagger plugin) without the
 * part whose result it throws away: it runs its rules through `view.sweep(net)`, which after matching and tagging
 * makes a view of every match and one of them all for its caller, and the post-tagger ignores what sweep returns. Here
 * the same matching (`bulkMatch`) and tagging (`bulkTagger`) on the same comma-split clauses, then the same uncache and
 * unfreeze: the same tags, set in the same order (tests/extract/compromiseSweep.test.ts compares with the stock step).
 */
export function leanPostTagger(view: TaggerView): TaggerView {
  const { methods } = view.world;
  if (taggerNet === undefined) {
    // The first call is the stock step, which builds the net from the rules once (building parses the rules in place,
    // so they cannot be built twice): its net is taken as it is handed to the matcher.
    const bulkMatch = methods.one.bulkMatch;
    methods.one.bulkMatch = (document, net, m, opts) => {
      taggerNet = net;
      return bulkMatch(document, net, m, opts);
    };
    try {
      stockPostTagger(view);
      return view;
    } finally {
      methods.one.bulkMatch = bulkMatch;
    }
  }
  const clauses = methods.two.quickSplit(view.docs).map((terms) => {
    const first = terms[0] as { index: number[] };
    return [first.index[0] as number, first.index[1] as number, (first.index[1] as number) + terms.length];
  });
  const docs = view.update(clauses).docs;
  const found = methods.one.bulkMatch(docs, taggerNet, methods, {});
  methods.one.bulkTagger(found, docs, view.world);
  view.uncache();
  view.unfreeze();
  return view;
}

/**
 * Puts the fast matcher and the lean post-tagger in compromise's world (idempotent; they give the same matches and tags
 * as the stock ones).
 */
export function installFastSweep(): void {
  world.methods.one.bulkMatch = fastBulkMatch;
  taggerWorld.compute.postTagger = leanPostTagger;
}
