/**
 * Stage 5, headlines and leads: an article not yet carrying a claim carries it when its headline or a lead sentence
 * uses the claim's signature words (in its own language) or its names and numbers (across languages) — at least two
 * of them, weighing LEAD_MATCH together — and, when the claim is about a place, names a place the claim's statements
 * relate to. A headline states a story in few words, too few to link to a statement (stage 2), but enough to match
 * what a whole claim repeats. A claim of two or three articles is joined only by leads that call it false (a debunk's
 * headline restating the story it denies) and tell what it says happened, not only whom and where it is about
 * (tellsPredicate); its stances are read as for any other carrier.
 */
import { LAST_DAY_OF_MONTH } from "../../core/dates.ts";
import { lettersWithoutCase } from "../../core/text.ts";
import { predicateOf } from "../lexicon.ts";
import { nameRelation } from "./names.ts";
import { postings } from "./postings.ts";
import { membersByLanguage, signature, type Signature } from "./signature.ts";
import { tellsNoClaim } from "./statements.ts";
import { CROSS_LANGUAGE_MERGE, DEFINING_SHARE, LEAD_JOIN_MIN_ARTICLES, LEAD_JOIN_MIN_ARTICLES_DEBUNK, LEAD_MATCH, MIN_SHARED_ANCHORS } from "./thresholds.ts";
import type { Group, RelatedNames, Statement } from "./types.ts";
import { mustStayApart, type ApartStatements } from "./versions.ts";

/** Lead sentences no group holds, by their terms (`w:<language>:<word>`, `a:<anchor>`): a claim is compared only with the leads that share a term with it. */
function ungroupedLeads(groups: readonly Group[], statements: readonly Statement[]): Map<string, number[]> {
  const grouped = new Set(groups.flatMap((g) => g.members));
  return postings(statements.length, (i) => {
    const s = statements[i] as Statement;
    return !s.lead || grouped.has(i) ? [] : [...[...s.words].map((t) => `w:${s.language}:${t}`), ...[...s.anchors].map((t) => `a:${t}`)];
  });
}

/**
 * The claim's words in each language two of its articles or more tell it in, so a claim told in Italian and English
 * has English words an English headline can match.
 */
function signaturesByLanguage(g: Group, statements: readonly Statement[]): Map<string, Signature> {
  const byLanguage = membersByLanguage(g, statements);
  const words = new Map<string, Signature>();
  for (const [l, members] of byLanguage) {
    const articles = new Set(members.map((m) => (statements[m] as Statement).article));
    if (articles.size >= 2) words.set(l, signature({ members, articles }, statements, "words"));
  }
  return words;
}

/**
 * A claim that says where ("sheltering in the Varanger fjord": one place, or places the case relates, named by nearly
 * all its articles) is carried only by a statement that names a place it relates to. Returns the claim's places, or
 * undefined when the claim is not bound to them.
 */
function boundPlaces(g: Group, statements: readonly Statement[], related: RelatedNames): Set<string> | undefined {
  const places = new Set<string>();
  for (const m of g.members) for (const n of (statements[m] as Statement).names) places.add(n);
  const bound = [...places].some((p) => {
    const naming = new Set(g.members.filter((m) => nameRelation(related, (statements[m] as Statement).names, new Set([p])) !== undefined).map((m) => (statements[m] as Statement).article));
    return naming.size >= g.articles.size * DEFINING_SHARE;
  });
  return bound ? places : undefined;
}

/** A name written in Latin letters (a normalised name keeps its script). */
const LATIN_NAME = /\p{Script=Latin}/u;

/**
 * Whether the place check can read a lead at all. Not where its letters have no case (Korean, Chinese, Arabic …): no
 * capital marks a name there, so it names no place for all the reading can tell. Nor where every place it names is in
 * another script than every place of the claim ("харбери" beside "harbury"): a name in Cyrillic never equals one in
 * Latin letters. There the lead's names and numbers decide alone (leadScore), as between any two languages.
 */
function placesComparable(s: Statement, places: ReadonlySet<string>): boolean {
  if (lettersWithoutCase(s.span.text)) return false;
  if (s.names.size === 0) return true;
  const scripts = (names: ReadonlySet<string>) => new Set([...names].map((n) => LATIN_NAME.test(n)));
  const claimScripts = scripts(places);
  return [...scripts(s.names)].some((latin) => claimScripts.has(latin));
}

/** How well a lead states a claim (0 when it does not): the signature shares of the terms it uses, larger claims first. */
function leadScore(s: Statement, g: Group, words: ReadonlyMap<string, Signature>, anchors: Signature): number {
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
  // A headline tells the story, not a detail: a larger claim stated as well wins.
  return joins ? weight * Math.log2(1 + g.articles.size) : 0;
}

/** The predicate of denying ("denied", "false"): a debunk lead's own cue, not what it says happened. */
const DENYING = predicateOf("denied");

/**
 * Whether an anchor is a figure that tells a claim apart ("340 cooperatives", "180 million"): a number past any day of a
 * month, since "20日", "27/7", "on the 14th" give the day a story happened as often as its figure.
 */
function isClaimFigure(anchor: string): boolean {
  return anchor.startsWith("#") && Number(anchor.slice(1)) > LAST_DAY_OF_MONTH;
}

/**
 * Whether a lead tells what a claim says happened, not only whom and where it is about: it shares a predicate with one
 * of the claim's statements in its language (a predicate group, or a verb the reading tagged there, found among the
 * lead's words: "did not collapse" tells "collapsed"), or a figure of one in any language (isClaimFigure). A denial of
 * something else names the claim's people and places ("denied reports that the northern base near Dornfeld would be
 * closed") but not its predicate. Where the reading tags no verbs (every language but English), only a predicate group
 * or a figure can tell it: the lead says less rather than join a claim it may not state.
 */
function tellsPredicate(s: Statement, g: Group, statements: readonly Statement[]): boolean {
  for (const m of g.members) {
    const c = statements[m] as Statement;
    for (const a of s.anchors) if (isClaimFigure(a) && c.anchors.has(a)) return true;
    if (c.language !== s.language) continue;
    for (const p of c.predicates) {
      if (p === DENYING) continue;
      if (s.predicates.has(p) || (p.startsWith("verb:") && s.words.has(p.slice("verb:".length)))) return true;
    }
  }
  return false;
}

/** The groups with the leads that state them joined: each lead joins the one claim it states best (joining several would chain claims into one). */
export function joinLeads(groups: readonly Group[], statements: readonly Statement[], related: RelatedNames, apart: ApartStatements = new Map()): Group[] {
  const leadsBy = ungroupedLeads(groups, statements);
  const best = new Map<number, { group: number; score: number }>();
  groups.forEach((g, k) => {
    // Quoted words alone are a recycled quotation, not a claim: nothing joins them. A signature of a few articles is
    // one sentence's wording, not a claim's: it takes only a lead that calls it false.
    const small = g.articles.size < LEAD_JOIN_MIN_ARTICLES;
    if (g.articles.size < LEAD_JOIN_MIN_ARTICLES_DEBUNK || g.members.every((m) => tellsNoClaim(statements[m] as Statement))) return;
    const words = signaturesByLanguage(g, statements);
    const anchors = signature(g, statements, "anchors");
    const places = boundPlaces(g, statements, related);
    const leads = new Set<number>();
    for (const [l, sig] of words) for (const t of sig.keys()) for (const i of leadsBy.get(`w:${l}:${t}`) ?? []) leads.add(i);
    for (const t of anchors.keys()) for (const i of leadsBy.get(`a:${t}`) ?? []) leads.add(i);
    for (const i of [...leads].sort((x, y) => x - y)) {
      const s = statements[i] as Statement;
      if (g.articles.has(s.article) || (small && !(s.debunking && tellsPredicate(s, g, statements))) || mustStayApart([i], g.members, apart)) continue;
      if (places && placesComparable(s, places) && nameRelation(related, s.names, places) === undefined) continue;
      const score = leadScore(s, g, words, anchors);
      if (score > (best.get(i)?.score ?? 0)) best.set(i, { group: k, score });
    }
  });
  const joined = groups.map((g) => ({ members: [...g.members], articles: new Set(g.articles) }));
  for (const [i, { group }] of best) {
    joined[group]?.members.push(i);
    joined[group]?.articles.add((statements[i] as Statement).article);
  }
  return joined;
}
