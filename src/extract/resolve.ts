/** The case-level reading step: a citation of an outlet lands on the cited article when that article is in the case, and a source one article took from another keeps the other's key. Pure. */
import type { CleanArticle } from "../clean/types.ts";
import { compareDates, dateInterval, type PublishedDate } from "../core/dates.ts";
import { ACRONYM, createOutletRegistry, isInitialsOf, nameBeforeGloss, outletKey, type OutletRegistry } from "../core/outlets.ts";
import { inLatin, nameSkeleton } from "../core/latin.ts";
import { escapeRegExp, foldTypography, withoutDiacritics } from "../core/text.ts";
import { institutionOf, sameInstitution } from "./institutions.ts";
import { registryBySiteName, siteOfAddress, uninflected } from "./cited.ts";
import { framesFor } from "./frames/index.ts";
import { withoutNameNoun } from "./outletNouns.ts";
import { WHOLE_STORY_FRAMES } from "./lineCitations.ts";
import type { LanguageFrames } from "./frames/types.ts";
import { caseFormsOf, nameTokens } from "./names.ts";
import { otherScriptSpellings } from "./otherScriptPeople.ts";
import { completeCutNames, settled } from "./syndication.ts";
import type { ArticleReading, Attribution, SourceMention, Syndication } from "./types.ts";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** The date a citation gives ("March 28", "28 March", "February"), read against the citing article's year; undefined when it names no month. */
export function citedDateInterval(text: string, citing: PublishedDate | undefined): { start: number; end: number } | undefined {
  if (!citing) return undefined;
  const t = text.toLowerCase();
  const month = MONTHS.findIndex((m) => new RegExp(`\\b${m}`).test(t));
  if (month < 0) return undefined;
  const year = Number(/\b(\d{4})\b/.exec(t)?.[1] ?? citing.iso.slice(0, 4));
  const day = Number(/\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(t.replace(/\b\d{4}\b/, ""))?.[1] ?? 0);
  let y = year;
  // "in December" written in January means the previous year.
  if (!/\d{4}/.test(t) && citing.precision !== "year" && month > Number(citing.iso.slice(5, 7) || 12) - 1) y = year - 1;
  return day > 0 ? { start: Date.UTC(y, month, day), end: Date.UTC(y, month, day + 1) } : { start: Date.UTC(y, month, 1), end: Date.UTC(y, month + 1, 1) };
}

function words(text: string): string[] {
  return foldTypography(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function shingles(text: string, n = 3): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(" "));
  return out;
}

/**
 * Word trigrams of the article's own words: the text between its quotations' quoted words, each stretch on its own so no
 * trigram spans a cut. Two reports that print the same speaker's words share those words without one taking the other's
 * story; a reprint shares the report around them.
 */
function ownShingles(body: string, reading: ArticleReading | undefined): Set<string> {
  const cuts = (reading?.quotations ?? []).filter((q) => q.kind === "quotation").flatMap((q) => q.parts).sort((a, b) => a.start - b.start);
  const out = new Set<string>();
  let from = 0;
  for (const part of [...cuts, { start: body.length, end: body.length }]) {
    if (part.start > from) for (const g of shingles(body.slice(from, part.start))) out.add(g);
    from = Math.max(from, part.end);
  }
  return out;
}

/** How much of the citing article's text also appears in a candidate (shared word trigrams). */
function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const g of a) if (b.has(g)) n++;
  return n;
}

/**
 * The figures an article gives ("19", "2A5", "1,200" written "1.200" in another language), lone digits and years left
 * out: across languages no phrase is shared, but figures are written alike.
 */
function figuresIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}.,])\p{N}+(?:[.,]\p{N}+)*(?:\p{L}\p{N}*)?/gu)) {
    const figure = m[0];
    if (/^\p{N}$/u.test(figure) || /^(?:19|20)\d\d$/u.test(figure)) continue;
    out.add(figure.replace(/[.,]/gu, ""));
  }
  return out;
}

/** True when the first date's whole span ends before the second's begins. */
function surelyEarlier(cited: PublishedDate | undefined, citing: PublishedDate | undefined): boolean {
  return cited !== undefined && citing !== undefined && dateInterval(cited).end <= dateInterval(citing).start;
}

/** The two articles give one figure alike. */
function sharesFigure(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const f of a) if (b.has(f)) return true;
  return false;
}

/** Both articles give figures and share none: whatever the citing one took from the cited outlet is not in this article. */
function figuresDisagree(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const f of a) if (b.has(f)) return false;
  return true;
}

/**
 * A citation that names a site by its domain does not land on an article of another edition of that site ("valleypost.it"
 * is not "valleypost.com"). Only a host of the same name under another domain tells: an article without an address, or
 * kept at an unrelated host (an archive, a proxy), may be either.
 */
/** What ties a credit to an article of the case: its outlet, what it says of the report, and whether it credits the whole story. */
type CreditToTie = Pick<Attribution, "outlet"> & Partial<Pick<Attribution, "citedHost" | "citedDate">> & { wholeStory: boolean };

function sameSite(att: Pick<Attribution, "citedHost">, cited: CleanArticle): boolean {
  if (!att.citedHost || !cited.meta.url) return true;
  let host: string;
  try {
    host = new URL(cited.meta.url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return true;
  }
  if (host === att.citedHost || host.endsWith(`.${att.citedHost}`) || att.citedHost.endsWith(`.${host}`)) return true;
  const label = (h: string): string => h.split(".").slice(-2, -1)[0] ?? "";
  return label(host) !== label(att.citedHost);
}

function compatibleDate(att: Pick<Attribution, "citedDate">, citing: CleanArticle, cited: CleanArticle): boolean {
  const cp = cited.meta.published;
  const ci = citing.meta.published;
  // The cited report cannot be later than the article citing it.
  if (compareDates(ci, cp) < 0) return false;
  if (!att.citedDate || !cp) return true;
  const said = citedDateInterval(att.citedDate, ci);
  if (!said) return true;
  const iv = dateInterval(cp);
  return iv.start < said.end && said.start < iv.end;
}

function sameAnonymous(a: SourceMention, b: SourceMention): boolean {
  if (a.type !== "anonymous" || b.type !== "anonymous") return false;
  const wa = words(a.name).filter((w) => w.length > 3);
  const wb = new Set(words(b.name).filter((w) => w.length > 3).map((w) => w.slice(0, 5)));
  const shared = wa.filter((w) => wb.has(w.slice(0, 5)));
  return shared.length >= Math.min(2, wa.length) && shared.length > 0;
}

/** Resolves citations to articles of the case and links sources repeated from a cited article; returns new readings, the inputs untouched. */
/** How sure a citation is of an outlet that an article of the case comes from (see `resolveReadings`). */
export const CASE_OUTLET_CONFIDENCE = 0.9;

/** A person's name as words compared across articles: case, accents and the Turkish dotless ı folded ("Kılıçarslan" is "Kilicarslan"). */
function personWords(name: string): string[] {
  return nameTokens(withoutDiacritics(name).replace(/ı/gu, "i").replace(/İ/gu, "I"));
}

/**
 * A person's name without a role written onto it ("President Vale" where no article of its own gave the full name, a
 * role noun of the language or the role the reading gave): the role is no word of the name, so "Vale" and "Tom Vale"
 * elsewhere in the case are the same person.
 */
function withoutWrittenRole(s: SourceMention, frames: LanguageFrames): string {
  if (s.role !== undefined && s.name.startsWith(`${s.role} `)) return s.name.slice(s.role.length + 1);
  const first = /^(\S+)\s+(?=\S)/u.exec(s.name);
  return first?.[1] && frames.roleNouns.includes(first[1].toLowerCase()) ? s.name.slice(first[0].length) : s.name;
}

/**
 * One key for one person across the case. Each article keys a named speaker by the fullest name it gives, and news
 * names a speaker in full in one story and by the surname alone in another ("Sen. Dolores Quennell", "Quennell told
 * reporters"), or spells it with and without a language's letters ("Kılıçarslan", "Kilicarslan"): a name whose words are
 * all in the names of exactly one other person of the case is that person, under the key the case meets first. Two
 * people who share the words ("Quennell" beside Dolores and Mark Quennell) keep theirs.
 */
function unifyPeople(readings: readonly ArticleReading[], bodyOf: ReadonlyMap<string, string> = new Map()): ArticleReading[] {
  const words = new Map<string, string[]>();
  const nameOf = new Map<string, string>();
  for (const r of readings) {
    for (const s of r.sources) {
      if (s.type !== "named" || words.has(s.key)) continue;
      words.set(s.key, personWords(withoutWrittenRole(s, framesFor(r.language))));
      nameOf.set(s.key, s.name);
    }
  }
  const entries = [...words].filter(([, w]) => w.length > 0);
  const person = (w: readonly string[]): string => [...w].sort().join(" ");
  // The first key the case gives each person (the same words in any order, folded).
  const first = new Map<string, string>();
  for (const [k, w] of entries) if (!first.has(person(w))) first.set(person(w), k);
  const contains = (big: readonly string[], small: readonly string[]): boolean => small.every((t) => big.includes(t));
  // The names holding each word, in case order: a fuller name holds a name's first word, so only those are compared
  // (comparing every name with every other grew with the square of a case's people).
  const holding = new Map<string, (typeof entries)[number][]>();
  for (const e of entries) {
    for (const t of new Set(e[1])) {
      const list = holding.get(t);
      if (list) list.push(e);
      else holding.set(t, [e]);
    }
  }
  const rename = new Map<string, string>();
  for (const [k, w] of entries) {
    const fuller = (holding.get(w[0] as string) ?? []).filter(([k2, w2]) => k2 !== k && w2.length > w.length && contains(w2, w));
    const fullest = new Set(fuller.filter(([, w2]) => !fuller.some(([, w3]) => w3.length > w2.length && contains(w3, w2))).map(([, w2]) => person(w2)));
    if (fullest.size > 1) continue;
    const target = first.get(fullest.size === 1 ? ([...fullest][0] as string) : person(w));
    if (target && target !== k) rename.set(k, target);
  }
  casedNames(readings, nameOf, rename);
  otherScriptNames(nameOf, rename);
  if (rename.size === 0) return [...readings];
  // The person under the name the case gives them in full, unless the article names another of that surname itself.
  return readings.map((r) => withSourceKeys(r, ownSurnamesKept(r, bodyOf.get(r.article), rename, nameOf), nameOf));
}

/**
 * The renames of `unifyPeople` an article keeps: a surname alone it quotes ("…,” Pereda said") is not joined to a
 * fuller name another article gives ("Ana Pereda") where this article itself writes that surname after another given
 * name ("Luis “Nonoy” Pereda"): the surname may be any of its own people, and the other article's is one the text
 * never names. A title before the surname ("Senator Pereda") or a sentence's first word is no
 * given name.
 */
function ownSurnamesKept(r: ArticleReading, body: string | undefined, rename: ReadonlyMap<string, string>, nameOf: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  if (body === undefined) return rename;
  const roles = new Set(framesFor(r.language).roleNouns);
  let kept: Map<string, string> | undefined;
  for (const s of r.sources) {
    const target = rename.get(s.key);
    if (s.type !== "named" || target === undefined) continue;
    const surname = s.name.trim();
    if (!/^\p{Lu}[\p{L}'’-]+$/u.test(surname)) continue;
    const targetWords = new Set(personWords(nameOf.get(target) ?? ""));
    const given = new RegExp(`(^|[^.!?\\s]\\s+)[“"‘«]?(\\p{Lu}[\\p{L}'’-]*)[”"’»]?,?\\s+${escapeRegExp(surname)}(?![\\p{L}])`, "gu");
    const other = [...body.matchAll(given)].some((m) => {
      const word = m[2] as string;
      return m[1] !== "" && !roles.has(word.toLowerCase()) && !targetWords.has(personWords(word)[0] ?? "");
    });
    if (!other) continue;
    kept ??= new Map(rename);
    kept.delete(s.key);
  }
  return kept ?? rename;
}

/**
 * Adds to `rename` the names an article of a language with name cases writes in another case than another article
 * ("Według Marii X" beside "Maria X", names.ts `caseFormsOf`): the person keeps the form an article of a language without
 * those cases writes (the nominative), else the form the case meets first. Names are compared only within a group of
 * the same words cut to two letters, and only where exactly one other person is so written.
 */
function casedNames(readings: readonly ArticleReading[], nameOf: ReadonlyMap<string, string>, rename: Map<string, string>): void {
  const endingsOf = new Map<string, readonly string[]>();
  const plain = new Set<string>();
  const order: string[] = [];
  for (const r of readings) {
    const endings = framesFor(r.language).nameCaseEndings;
    for (const s of r.sources) {
      if (s.type !== "named" || rename.has(s.key)) continue;
      if (!endingsOf.has(s.key) && !plain.has(s.key)) order.push(s.key);
      if (endings?.length) endingsOf.set(s.key, endings);
      else plain.add(s.key);
    }
  }
  if (endingsOf.size === 0) return;
  const rank = (k: string): number => (plain.has(k) ? 0 : 1) * order.length + order.indexOf(k);
  const groups = new Map<string, string[]>();
  for (const k of order) {
    const group = nameTokens(nameOf.get(k) ?? "").map((t) => t.slice(0, 2)).join(" ");
    const list = groups.get(group);
    if (list) list.push(k);
    else groups.set(group, [k]);
  }
  for (const k of endingsOf.keys()) {
    if (plain.has(k)) continue;
    const group = groups.get(nameTokens(nameOf.get(k) ?? "").map((t) => t.slice(0, 2)).join(" ")) ?? [];
    const alike = group.filter((o) => o !== k && caseFormsOf(nameOf.get(k) ?? "", nameOf.get(o) ?? "", endingsOf.get(k)));
    const target = alike[0];
    if (alike.length === 1 && target && rank(target) < rank(k)) rename.set(k, rename.get(target) ?? target);
  }
}

/**
 * Adds to `rename` the people one article names in another script than the Latin letters another article writes them
 * in ("Дмитрий Волков", "Dmitry Volkov": otherScriptPeople.ts): the person keeps the Latin name's key, and names already
 * renamed to the other script's follow it.
 */
function otherScriptNames(nameOf: ReadonlyMap<string, string>, rename: Map<string, string>): void {
  const spelt = otherScriptSpellings(new Map([...nameOf].filter(([k]) => !rename.has(k))));
  if (spelt.size === 0) return;
  for (const [k, target] of rename) if (spelt.has(target)) rename.set(k, spelt.get(target) as string);
  for (const [k, target] of spelt) rename.set(k, target);
}

/**
 * A reading with some of its sources' keys replaced (`rename`), mentions of sources that now share a key joined, and
 * every reference to a renamed key (relays, quotations' speakers, citations' sources) following it; a renamed source
 * takes the name `nameOf` gives its new key, where it gives one.
 */
function withSourceKeys(r: ArticleReading, rename: ReadonlyMap<string, string>, nameOf: ReadonlyMap<string, string> = new Map()): ArticleReading {
  const to = (k: string): string => rename.get(k) ?? k;
  const sources: SourceMention[] = [];
  for (const s of r.sources) {
    const key = to(s.key);
    const same = sources.find((x) => x.key === key);
    if (same) same.mentions = [...same.mentions, ...s.mentions];
    else sources.push({ ...s, key, ...(key !== s.key ? { name: nameOf.get(key) ?? s.name } : {}), ...(s.via ? { via: to(s.via) } : {}) });
  }
  return {
    ...r,
    sources,
    quotations: r.quotations.map((q) => (q.speaker && rename.has(q.speaker) ? { ...q, speaker: to(q.speaker) } : q)),
    attributions: r.attributions.map((a) => (a.citingSource && rename.has(a.citingSource) ? { ...a, citingSource: to(a.citingSource) } : a)),
  };
}

/** Fewest letters of a name's skeleton (nameSkeleton) that tell one outlet's name across scripts. */
const MIN_OUTLET_SKELETON = 5;

/** The skeleton of an outlet's name in Latin letters, without a leading article ("The Lantern Post" → "lntrnpst"). */
function outletSkeleton(latin: string): string {
  return nameSkeleton(latin.replace(/^(?:the|la|le|el|il|o|a|die|der|das)\s+/iu, ""));
}

/**
 * The case's outlets written in a script without Latin letters, by the skeleton of their names in Latin letters
 * ("जनवाणी टाइम्स" → "jnvntms"): a citation that writes such an outlet's name in Latin letters ("Janvani Times") cites
 * that outlet, not another of the same name. Only skeletons long enough to tell, and held by one outlet.
 */
function otherScriptOutlets(names: readonly string[], keyOfOutlet: (name: string) => string): Map<string, { key: string; name: string }> {
  const out = new Map<string, { key: string; name: string } | null>();
  for (const name of new Set(names)) {
    if (/\p{Script=Latin}/u.test(name) || !/\p{L}/u.test(name)) continue;
    const skeleton = outletSkeleton(inLatin(name));
    if (skeleton.length < MIN_OUTLET_SKELETON) continue;
    const key = keyOfOutlet(name);
    out.set(skeleton, out.has(skeleton) && out.get(skeleton)?.key !== key ? null : { key, name });
  }
  return new Map([...out].filter((e): e is [string, { key: string; name: string }] => e[1] !== null));
}

/** An outlet as the case-level step names it: its graph key and the name it is shown by. */
interface NamedOutlet {
  key: string;
  name: string;
}

/**
 * The outlet that initials alone name ("SNB", `isInitialsOf`): the one outlet of the case whose name they are the
 * initials of, else the one outlet that some article of the case names in full with those initials (a credit
 * "Texten är från Skandinaviska Nyhetsbyrån" in one article, "der Nachrichtenagentur SNB" in another). Two outlets with
 * the same initials name neither.
 */
function initialsReader(readings: readonly ArticleReading[], caseOutlets: readonly string[], keyOfOutlet: (name: string) => string): (initials: string) => NamedOutlet | undefined {
  const written = new Map<string, string>();
  for (const r of readings) {
    for (const a of r.attributions) if (!ACRONYM.test(a.outletName)) written.set(a.outlet, a.outletName);
    for (const s of r.syndication) if (settled(s) && !ACRONYM.test(s.outletName)) written.set(s.outlet, s.outletName);
  }
  const caseNamed = new Map(caseOutlets.map((name) => [keyOfOutlet(name), name.replace(/\s*\([^()]*\)\s*$/u, "")]));
  const one = (names: ReadonlyMap<string, string>, initials: string): NamedOutlet | undefined => {
    const fits = [...names].filter(([, name]) => isInitialsOf(initials, name));
    return fits.length === 1 ? { key: (fits[0] as [string, string])[0], name: (fits[0] as [string, string])[1] } : undefined;
  };
  return (initials) => one(caseNamed, initials) ?? (caseNamed.size > 0 && [...caseNamed.values()].some((n) => isInitialsOf(initials, n)) ? undefined : one(written, initials));
}

/**
 * A reading with the outlets it names by initials alone read (`initialsReader`): a closing credit's initials
 * (`Syndication.initials`) become that outlet's credit, or are dropped, as is a credit of the article's own outlet; a
 * citation of initials no case outlet has ("sagte der Nachrichtenagentur SNB") cites the outlet they stand for, and
 * stays as it was where none does. Initials the registry knows as an outlet's own name ("CNN") are that outlet, never
 * another whose name they could also abbreviate ("Channel NewsAsia" as C(ha)N(nel) N(ewsAsia)).
 */
function withInitialsRead(r: ArticleReading, ownKey: string | undefined, isCaseOutlet: (key: string) => boolean, isKnownOutlet: (name: string) => boolean, outletOf: (initials: string) => NamedOutlet | undefined): ArticleReading {
  const byInitials = (outlet: string, name: string): NamedOutlet | undefined => (ACRONYM.test(name) && !isCaseOutlet(outlet) && !isKnownOutlet(name) ? outletOf(name) : undefined);
  const syndication: Syndication[] = [];
  for (const s of r.syndication) {
    if (!s.initials) {
      if (!syndication.some((x) => x.outlet === s.outlet)) syndication.push(s);
      continue;
    }
    const { initials: _initials, ...credit } = s;
    const found = isCaseOutlet(s.outlet) ? { key: s.outlet, name: s.outletName } : byInitials(s.outlet, s.outletName);
    if (!found || found.key === ownKey || syndication.some((x) => x.outlet === found.key)) continue;
    syndication.push({ ...credit, outlet: found.key, outletName: found.name });
  }
  const attributions = r.attributions.map((a) => {
    const found = a.outlet === outletKey(a.outletName) ? byInitials(a.outlet, a.outletName) : undefined;
    return found ? { ...a, outlet: found.key, outletName: found.name, rule: `${a.rule}+initials` } : a;
  });
  return { ...r, syndication, attributions };
}

/** Languages that decline an outlet's name after a frame and whose nominatives `uninflected` gives: Russian, Ukrainian, Polish, Finnish. */
const DECLINED_NAMES: ReadonlySet<string> = new Set(["ru", "uk", "pl", "fi"]);

/**
 * The forms under which the case may write an outlet a citation names otherwise, each with the rule that gives it: the
 * nominative of a name in an oblique case ("«Северной газеты»", "dla „Nurtu”"), and the name without the outlet noun
 * some languages write as part of it (Turkish "Yeni Kuzey Gazetesi'nde" for the paper "Yeni Kuzey").
 */
function writtenForms(name: string, language: string): { form: string; rule: string }[] {
  const nominatives = DECLINED_NAMES.has(language) ? uninflected(name, language).map((form) => ({ form, rule: "case-nominative" })) : [];
  const bare = withoutNameNoun(name, language);
  return bare ? [...nominatives, { form: bare, rule: "without-outlet-noun" }] : nominatives;
}

/**
 * Readings with the outlets they cite in an oblique case ("информацию «Северной газеты»", frames' `oblique`; "w tekście
 * dla „Nurtu”") or with an outlet noun in the name under the name the case writes for the same outlet: a case outlet or
 * a name another citation gives ("«Северная газета» сообщила", "Yeni Kuzey'in haberine göre"). Only where exactly one
 * such name is written, and only a form `writtenForms` gives: a name nobody wrote is never made up, and the written form
 * stays where none is.
 */
function inNominative(readings: readonly ArticleReading[], caseOutlets: readonly string[], keyOfOutlet: (name: string) => string): ArticleReading[] {
  const written = new Map<string, string>();
  for (const name of caseOutlets) written.set(name.toLowerCase(), name);
  for (const r of readings) for (const a of r.attributions) if (a.outlet === outletKey(a.outletName)) written.set(a.outletName.toLowerCase(), a.outletName);
  return readings.map((r) => {
    let changed = false;
    const attributions = r.attributions.map((a) => {
      if (a.outlet !== outletKey(a.outletName)) return a;
      const found = writtenForms(a.outletName, r.language).flatMap(({ form, rule }) => {
        const name = written.get(form.toLowerCase());
        return name === undefined ? [] : [{ name, rule }];
      });
      const names = [...new Set(found.map((f) => f.name))];
      const chosen = names.length === 1 ? found[0] : undefined;
      if (!chosen || chosen.name === a.outletName) return a;
      changed = true;
      return { ...a, outlet: keyOfOutlet(chosen.name), outletName: chosen.name, rule: `${a.rule}+${chosen.rule}` };
    });
    return changed ? { ...r, attributions } : r;
  });
}

/**
 * Readings whose credits and citations name a case outlet without the qualifier in brackets the case gives it ("The
 * Sun" for "The Sun (Valdoria)") under that outlet: the case says which paper it is, where the bare name would resolve
 * to another of that name (the registry's). Only where exactly one case outlet is so called, with or without its
 * brackets; a reading's own outlet is left to the reader's own-name tests.
 */
function underQualifiedCaseName(readings: readonly ArticleReading[], caseOutlets: readonly string[], keyOfOutlet: (name: string) => string, ownKeyOf: ReadonlyMap<string, string | undefined>): ArticleReading[] {
  const byBare = new Map<string, Set<string>>();
  for (const name of caseOutlets) for (const form of [name, nameBeforeGloss(name)]) if (form) byBare.set(outletKey(form), (byBare.get(outletKey(form)) ?? new Set()).add(name));
  const qualified = (written: string): { key: string; name: string } | undefined => {
    const names = [...(byBare.get(outletKey(written)) ?? [])];
    const name = names.length === 1 ? names[0]! : undefined;
    return name !== undefined && nameBeforeGloss(name) !== undefined ? { key: keyOfOutlet(name), name } : undefined;
  };
  return readings.map((r) => {
    let changed = false;
    const move = <T extends { outlet: string; outletName: string; rule?: string }>(x: T): T => {
      const to = qualified(x.outletName);
      if (!to || to.key === x.outlet || to.key === ownKeyOf.get(r.article)) return x;
      changed = true;
      return { ...x, outlet: to.key, outletName: to.name, ...(x.rule !== undefined ? { rule: `${x.rule}+case-qualified-name` } : {}) };
    };
    const attributions = r.attributions.map(move);
    const syndication = r.syndication.map(move);
    return changed ? { ...r, attributions, syndication } : r;
  });
}

export function resolveReadings(given: readonly ArticleReading[], cleaned: readonly CleanArticle[], registry?: OutletRegistry): ArticleReading[] {
  // An article's outlet under the key a citation of it gets: the registry's name for it when it knows one.
  const keyOfOutlet = (name: string): string => outletKey(registry?.byName(name)?.name ?? name);
  const caseOutlets = cleaned.map((c) => c.meta.outlet ?? "").filter((n) => n.length > 0);
  // A name the text ends inside ("Stay tuned to Quillon 7 Ne") is completed from one the case writes whole, or dropped.
  const completed = unifyPeople(completeCutNames(given, caseOutlets), new Map(cleaned.map((c) => [c.meta.id, c.body])));
  const caseKeys = new Set(caseOutlets.map(keyOfOutlet));
  const outletByInitials = initialsReader(completed, caseOutlets, keyOfOutlet);
  const ownKeyOf = new Map(cleaned.map((c) => [c.meta.id, c.meta.outlet === undefined ? undefined : keyOfOutlet(c.meta.outlet)]));
  const readings = underQualifiedCaseName(inNominative(completed.map((r) => (r.syndication.some((s) => s.initials) || r.attributions.some((a) => ACRONYM.test(a.outletName)) ? withInitialsRead(r, ownKeyOf.get(r.article), (k) => caseKeys.has(k), (name) => registry?.byName(name) !== undefined, outletByInitials) : r)), caseOutlets, keyOfOutlet), caseOutlets, keyOfOutlet, ownKeyOf);
  const byId = new Map(cleaned.map((c) => [c.meta.id, c]));
  const readingOf = new Map(readings.map((r) => [r.article, r]));
  // Shingles only of the articles a citation is weighed against, each once; articles by outlet key, so a citation
  // looks only at its outlet's articles (a case of thousands was filtered whole per attribution).
  const grams = new Map<string, Set<string>>();
  const gramsOf = (c: CleanArticle): Set<string> => {
    let g = grams.get(c.meta.id);
    if (!g) grams.set(c.meta.id, (g = shingles(c.body)));
    return g;
  };
  const ownGrams = new Map<string, Set<string>>();
  const ownGramsOf = (c: CleanArticle): Set<string> => {
    let g = ownGrams.get(c.meta.id);
    if (!g) ownGrams.set(c.meta.id, (g = ownShingles(c.body, readingOf.get(c.meta.id))));
    return g;
  };
  const figures = new Map<string, Set<string>>();
  const figuresOf = (c: CleanArticle): Set<string> => {
    let f = figures.get(c.meta.id);
    if (!f) figures.set(c.meta.id, (f = figuresIn(c.body)));
    return f;
  };
  const byOutlet = new Map<string, CleanArticle[]>();
  for (const c of cleaned) {
    if (c.meta.outlet === undefined) continue;
    const key = keyOfOutlet(c.meta.outlet);
    const list = byOutlet.get(key);
    if (list) list.push(c);
    else byOutlet.set(key, [c]);
  }
  // The case's outlets, and the outlets its articles cite by a name no registry knows, written in another script
  // ("Северный Вестник", "海港日报"): an article that writes one in Latin letters cites the same outlet.
  const citedInOtherScript = new Map(readings.flatMap((r) => r.attributions.filter((a) => a.outlet === outletKey(a.outletName)).map((a) => [a.outletName, a.outlet] as const)));
  const keyOfName = (name: string): string => citedInOtherScript.get(name) ?? keyOfOutlet(name);
  const spelledInLatin = otherScriptOutlets([...cleaned.map((c) => c.meta.outlet ?? ""), ...citedInOtherScript.keys()], keyOfName);
  // "Janvani Times" for the case's "जनवाणी टाइम्स": the case outlet (or the outlet cited so), under its own key.
  const inCaseScript = (cited: Attribution): Attribution => {
    if (byOutlet.has(cited.outlet) || spelledInLatin.size === 0 || !/^[\p{Script=Latin}\p{N}\p{P}\s]+$/u.test(cited.outletName)) return cited;
    const outlet = spelledInLatin.get(outletSkeleton(cited.outletName));
    return outlet ? { ...cited, outlet: outlet.key, outletName: outlet.name, rule: `${cited.rule}+${caseKeys.has(outlet.key) ? "case" : "cited"}-outlet-script` } : cited;
  };
  // "quill-post.hr" beside "Quill Post": a domain no registry knows whose name is the letters of an outlet the case gives or
  // cites by name (hyphens and spaces aside, as registryBySiteName reads a registry) is that outlet's site, not another
  // outlet. Only where one such name matches.
  const namedOutlets = [...new Set([...caseOutlets, ...readings.flatMap((r) => r.attributions.map((a) => a.outletName))])].filter((n) => siteOfAddress(n) === undefined);
  const outletsByLetters = createOutletRegistry(namedOutlets.map((name) => ({ name, aliases: [], descriptors: [], domains: [], kind: "unknown" as const })));
  const onNamedSite = (cited: Attribution): Attribution => {
    const host = siteOfAddress(cited.outletName);
    if (!host || cited.outlet !== outletKey(cited.outletName)) return cited;
    const named = registryBySiteName(host, outletsByLetters);
    return named ? { ...cited, outlet: keyOfName(named.name), outletName: named.name, citedHost: cited.citedHost ?? host, rule: `${cited.rule}+site-of-named` } : cited;
  };
  /**
   * The case article of the credited outlet a credit names, and the evidence that it is that article (see the rule's
   * "+case-article/<why>"); none where nothing says which of the outlet's reports it is.
   */
  const tieOf = (credit: CreditToTie, citing: CleanArticle, r: ArticleReading): { id: string; why: string } | undefined => {
    const candidates = (byOutlet.get(credit.outlet) ?? []).filter((c) => c.meta.id !== r.article && sameSite(credit, c) && compatibleDate(credit, citing, c));
    let best: { id: string; score: number } | undefined;
    for (const c of candidates) {
      const score = credit.wholeStory ? overlap(ownGramsOf(citing), ownGramsOf(c)) : overlap(gramsOf(citing), gramsOf(c));
      if (!best || score > best.score) best = { id: c.meta.id, score };
    }
    if (!best) return undefined;
    // The outlet's article of the case is the report cited only where the evidence says so; otherwise the citation
    // stays the outlet's (the case may hold another report of that outlet, on another day, about another matter).
    // Content agrees (a few shared phrases) ...
    const sharedText = best.score >= 3;
    // ... or the citation gives the exact date (compatibleDate checked it) ...
    const citedDay = credit.citedDate !== undefined && /\d/.test(credit.citedDate);
    // ... or the case holds a single report of that outlet with agreeing dates, and something says it is this one:
    // across languages, where no phrase can be shared, that is enough; in one language the report must be surely
    // earlier than the citing article (an undated citer may be years older than the outlet's article of the case) and
    // share a figure or a couple of phrases with it (a paraphrase of it). Where its date leaves open that it came out
    // after the citing article (a month, a year, none), two articles whose figures all differ ("19 tanks of model
    // 2A5" against the cited paper's "a company of 2A6") are two reports; a report surely earlier is the one cited even
    // where the re-report changed every figure (that is number drift).
    const only = candidates.length === 1;
    const otherLanguage = only && readingOf.get(best.id)?.language !== r.language;
    const candidate = byId.get(best.id) as CleanArticle;
    const earlier = surelyEarlier(candidate.meta.published, citing.meta.published);
    const sameReport = earlier || !figuresDisagree(figuresOf(citing), figuresOf(candidate));
    const paraphrase = only && earlier && (best.score >= 2 || sharesFigure(figuresOf(citing), figuresOf(candidate)));
    const why = sharedText ? "shared-text" : citedDay ? "cited-date" : otherLanguage && sameReport ? "only-report-other-language" : paraphrase ? "only-earlier-report" : undefined;
    return why ? { id: best.id, why } : undefined;
  };
  return unifyRelayedAnonymous(readings.map((r) => {
    const citing = byId.get(r.article);
    if (!citing) return r;
    const attributions = r.attributions.map(inCaseScript).map(onNamedSite).map((cited) => {
      // The case itself holds an article by the outlet cited: the user's case says the name is an outlet's, whatever
      // the frame alone was worth ("according to The Weekly Pickle", a satire site no registry lists).
      const att = cited.confidence < CASE_OUTLET_CONFIDENCE && byOutlet.has(cited.outlet) ? { ...cited, confidence: CASE_OUTLET_CONFIDENCE, rule: `${cited.rule}+case-outlet` } : cited;
      // A credit of the whole story ("Source: X") says the text is X's: the cited article must share the report's own
      // words, not only a speaker's words that any report of the matter prints.
      const tie = tieOf({ ...att, wholeStory: WHOLE_STORY_FRAMES.has(att.frame) }, citing, r);
      return tie ? { ...att, article: tie.id, rule: `${att.rule}+case-article/${tie.why}` } : att;
    });
    // A syndication credit ("This story first appeared in X", "— X") says the text is X's story: it is tied to X's
    // article of the case on the same evidence, the report's own words shared, and only a tie orders the two.
    const syndication = r.syndication.map((s) => {
      const tie = tieOf({ outlet: s.outlet, wholeStory: true }, citing, r);
      return tie ? { ...s, article: tie.id } : s;
    });
    const citedArticles = new Map<string, string>();
    for (const a of attributions) if (a.article) citedArticles.set(a.outlet, a.article);
    const citingKeys = new Map(attributions.filter((a) => a.citingSource && a.article).map((a) => [a.citingSource as string, a.article as string]));
    const renamed = new Map<string, string>();
    const sources = r.sources.map((s) => {
      let out: SourceMention = s.via && citedArticles.has(s.via) ? { ...s, via: citedArticles.get(s.via) as string } : s;
      // A named source the cited article also quotes reached this article through it.
      for (const id of new Set(citedArticles.values())) {
        const other = readingOf.get(id);
        if (!other) continue;
        if (!out.via && other.sources.some((o) => o.key === out.key && o.type === "named")) out = { ...out, via: id };
        // The same anonymous source, repeated from the cited article: take its key so the graph shows one source.
        const from = citingKeys.get(s.key) ?? (out.via === id ? id : undefined);
        const twin = from === id ? other.sources.find((o) => sameAnonymous(s, o)) : undefined;
        if (twin && twin.key !== s.key) {
          renamed.set(s.key, twin.key);
          out = { ...out, key: twin.key, via: id };
        }
      }
      return out;
    });
    const rename = (k: string | undefined): string | undefined => (k ? (renamed.get(k) ?? k) : k);
    return {
      ...r,
      syndication,
      attributions: attributions.map((a) => (a.citingSource ? { ...a, citingSource: rename(a.citingSource) as string } : a)),
      sources: sources.map((s) => (s.via && renamed.has(s.via) ? { ...s, via: renamed.get(s.via) as string } : s)),
      quotations: r.quotations.map((q) => (q.speaker && renamed.has(q.speaker) ? { ...q, speaker: renamed.get(q.speaker) as string } : q)),
    };
  }));
}

/**
 * "X, citing unnamed diplomats, reported" in two articles: the diplomats are X's, relayed twice, one source. An anonymous
 * source reached through an outlet outside the case takes the key of the first such source of the case relayed through
 * the same outlet and described alike (`sameAnonymous`). Relayers word one outlet's unnamed source each their own way ("an
 * unnamed US official", "a US official with direct knowledge", "unnamed U.S. intelligence officials"): where another
 * article relays exactly one unnamed source through that outlet, and the two name no different institutions, it is that
 * one. Sources through different outlets, or not relayed at all, stay apart; so do one article's own two sources.
 */
/** The one unnamed source other articles relay through the outlet, if it is one and may be the same as `s` (see unifyRelayedAnonymous). */
function soleRelayed(s: SourceMention, r: ArticleReading, earlier: readonly { source: SourceMention; article: string; language: string }[], ownKeys: ReadonlySet<string>, rename: ReadonlyMap<string, string>): SourceMention | undefined {
  const others = earlier.filter((o) => o.article !== r.article);
  // An article relaying two unnamed sources through the outlet says it has more than one: which one this is, is unknown.
  const articles = new Set(others.map((o) => o.article));
  if (others.length === 0 || [...articles].some((a) => others.filter((o) => o.article === a).length > 1)) return undefined;
  if (new Set(others.map((o) => o.source.key)).size !== 1) return undefined;
  const one = others[0] as (typeof others)[number];
  if (ownKeys.has(one.source.key) || [...rename.values()].includes(one.source.key)) return undefined;
  const mine = institutionOf(s.name, r.language);
  return others.every((o) => {
    const theirs = institutionOf(o.source.name, o.language);
    return !mine || !theirs || sameInstitution(mine, theirs);
  })
    ? one.source
    : undefined;
}

function unifyRelayedAnonymous(readings: ArticleReading[]): ArticleReading[] {
  const seen = new Map<string, { source: SourceMention; article: string; language: string }[]>();
  const renames = new Map<string, Map<string, string>>();
  for (const r of readings) {
    const rename = new Map<string, string>();
    const ownKeys = new Set(r.sources.map((s) => s.key));
    for (const s of r.sources) {
      if (s.type !== "anonymous" || !s.via?.startsWith("outlet:")) continue;
      const earlier = seen.get(s.via) ?? [];
      const twin = earlier.find((o) => sameAnonymous(s, o.source) && sameAnonymous(o.source, s))?.source ?? soleRelayed(s, r, earlier, ownKeys, rename);
      if (twin) rename.set(s.key, twin.key);
      else seen.set(s.via, [...earlier, { source: s, article: r.article, language: r.language }]);
    }
    if (rename.size > 0) renames.set(r.article, rename);
  }
  if (renames.size === 0) return readings;
  return readings.map((r) => {
    const rename = renames.get(r.article);
    return rename ? withSourceKeys(r, rename) : r;
  });
}
