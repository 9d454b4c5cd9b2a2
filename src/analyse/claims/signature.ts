/** What a group of statements says taken together: its signature terms and its main language (read by the story merge, the leads and the label). */
import { currentRun, remember, textKey } from "../../core/memo.ts";
import { CORE_SHARE, MIN_LANGUAGE_ARTICLES } from "./thresholds.ts";
import type { Group, Statement } from "./types.ts";

/** A term's share of a group's articles, for the terms at least CORE_SHARE of them use. */
export type Signature = ReadonlyMap<string, number>;

/**
 * A group's signature: for each term, the share of the group's articles whose statements in the group use it. Unlike
 * IDF, it favours the words the whole case repeats ("ferry", "cut"): the words that say which story a statement tells.
 */
export function signature(g: Group, statements: readonly Statement[], field: "words" | "anchors"): Signature {
  const run = currentRun();
  if (run === undefined) return signatureInRun(g, statements, field);
  // It depends on each member's article and terms, in order, and a statement's terms on its language and text
  // (statements.ts): kept between runs under those (core/memo.ts), so groups the new articles leave alone are not read again.
  const parts = keyParts(statements, run);
  let key: string = field;
  for (const m of g.members) {
    let part = parts[m];
    if (part === undefined) {
      const s = statements[m] as Statement;
      parts[m] = part = `\u0000${s.article}\u0001${s.language}\u0001${textKey(s.span.text)}`;
    }
    key += part;
  }
  return remember("signature", key, () => signatureOf(g, statements, field));
}

/**
 * Each statement's part of a signature key, made once per run: a run asks for the signatures of every group several
 * times (the three story merges, the leads, the labels), each naming all its members. Held for the run of the memo
 * they were made in (`textKey` numbers texts per memo).
 */
const keyPartsOf = new WeakMap<readonly Statement[], { run: object; parts: (string | undefined)[] }>();

function keyParts(statements: readonly Statement[], run: object): (string | undefined)[] {
  let found = keyPartsOf.get(statements);
  if (found === undefined || found.run !== run) keyPartsOf.set(statements, (found = { run, parts: new Array<string | undefined>(statements.length) }));
  return found.parts;
}

/**
 * Signatures made without a memo (one analysis, as the worker pool and the benchmarks run it), by the statement list
 * and the members in order: the three story merges, the leads and the labels ask again for groups no merge changed.
 */
const unmemoised = new WeakMap<readonly Statement[], Map<string, Signature>>();

function signatureInRun(g: Group, statements: readonly Statement[], field: "words" | "anchors"): Signature {
  let made = unmemoised.get(statements);
  if (made === undefined) unmemoised.set(statements, (made = new Map()));
  const key = `${field}:${g.members.join(",")}`;
  let sig = made.get(key);
  if (sig === undefined) made.set(key, (sig = signatureOf(g, statements, field)));
  return sig;
}

function signatureOf(g: Group, statements: readonly Statement[], field: "words" | "anchors"): Signature {
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

/** A group's names and numbers as its statements in one language tell them. */
export interface Telling {
  language: string;
  anchors: Signature;
}

/** A group's members by the language of their statement, in member order. */
export function membersByLanguage(g: Group, statements: readonly Statement[]): Map<string, number[]> {
  const byLanguage = new Map<string, number[]>();
  for (const m of g.members) {
    const l = (statements[m] as Statement).language;
    const list = byLanguage.get(l);
    if (list) list.push(m);
    else byLanguage.set(l, [m]);
  }
  return byLanguage;
}

/**
 * The anchors of a group told in several languages, within each language its statements in MIN_LANGUAGE_ARTICLES
 * articles or more tell it (none for a group in one language). A translation writes a name inflected ("Yeşilova'da")
 * or leaves it out, so across all its articles a name most German tellings give can fall below CORE_SHARE, and a group
 * a Turkish telling joined would no longer meet the English group its German tellings meet. A single article's telling
 * is one sentence's wording, every anchor of it at a full share: it tells nothing apart.
 */
export function tellingsOf(g: Group, statements: readonly Statement[]): Telling[] {
  const byLanguage = membersByLanguage(g, statements);
  if (byLanguage.size < 2) return [];
  const out: Telling[] = [];
  for (const [language, members] of byLanguage) {
    if (new Set(members.map((m) => (statements[m] as Statement).article)).size < MIN_LANGUAGE_ARTICLES) continue;
    out.push({ language, anchors: signatureOf({ members, articles: new Set() }, statements, "anchors") });
  }
  return out;
}

/** The sum of a signature's shares, in its order: what signatureOverlap divides by. */
export function signatureWeight(a: Signature): number {
  let sum = 0;
  for (const x of a.values()) sum += x;
  return sum;
}

/**
 * How much of the smaller signature the other shares (weighted overlap coefficient). A caller comparing one signature
 * with many passes the weights it made once (the story merge: summing both signatures again at every comparison grew
 * with the groups' sizes).
 */
export function signatureOverlap(a: Signature, b: Signature, weightA = signatureWeight(a), weightB = signatureWeight(b)): number {
  let common = 0;
  for (const [t, x] of a) common += Math.min(x, b.get(t) ?? 0);
  return common / (Math.min(weightA, weightB) || 1);
}

/** The language most of a group's statements are in (ties: alphabetical). */
export function mainLanguage(g: Group, statements: readonly Statement[]): string {
  const counts = new Map<string, number>();
  for (const m of g.members) {
    const l = (statements[m] as Statement).language;
    counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "en";
}

/** A group of the given statements, with the articles they come from. */
export function groupOf(members: readonly number[], statements: readonly Statement[]): Group {
  return { members, articles: new Set(members.map((m) => (statements[m] as Statement).article)) };
}
