/** Stage 1, candidate statements: every sentence and headline of the case with its terms, predicates, places and whether it is a lead or quoted words. */
import { inLatin, nameSkeleton } from "../../core/latin.ts";
import { memoActive, remember, rememberFor, textKey } from "../../core/memo.ts";
import type { TextSpan } from "../../core/spans.ts";
import { isReportingVerb, predicateOf } from "../lexicon.ts";
import { debunkCues, type CueHit } from "../stance.ts";
import { termsOf } from "../terms.ts";
import { framesFor } from "../../extract/frames/index.ts";
import { perLanguage } from "../../extract/frames/common.ts";
import { creditsSentenceBefore, saysOnlyWho } from "../../extract/names.ts";
import { postSignature } from "../../core/postSignatures.ts";
import { SOURCE_LABEL_WORDS } from "../../clean/patterns.ts";
import { onlyDateAndNames } from "../../clean/stamp.ts";
import { contentWords, withoutPictureCredit } from "./label.ts";
import { statesNoProposition } from "./noProposition.ts";
import { verdictOnly } from "./verdictOnly.ts";
import { statesVerdict } from "./propositions.ts";
import { midSentenceCapitalsOfLists, normaliseName, sentenceNames, statementNames } from "./names.ts";
import type { StatementTerms } from "../terms.ts";
import { LEAD_SENTENCES, SUBJECT_SHARE } from "./thresholds.ts";
import type { Statement, StatementSource } from "./types.ts";
import { contains } from "../../core/spans.ts";

/** A source's statements in order: its sentences, then its headline (start = end = -1), each with its index among them. */
export function statementSpans(source: StatementSource): TextSpan[] {
  return [...source.sentences, ...(source.title ? [{ start: -1, end: -1, text: source.title }] : [])];
}

/** A statement that makes no claim of its own: a speaker's quoted words, only who said the words before it, or the outlet's own reporting steps. */
export function tellsNoClaim(statement: Statement): boolean {
  return statement.quoted || statement.saysOnlyWho || statement.newsroomStep === true;
}

/** A language's newsroomSteps as two tests (contact, no answer), made once per language's frames; none where it has none. */
const newsroomTests = perLanguage((frames) => {
  const steps = frames.newsroomSteps;
  if (!steps) return undefined;
  const test = (cues: readonly string[]) => new RegExp(`(?<![\\p{L}])(?:${cues.join("|")})(?![\\p{L}])`, "iu");
  return { contact: test(steps.contact), noAnswer: test(steps.noAnswer), purpose: steps.purpose?.length ? test(steps.purpose) : undefined };
});

/**
 * Whether a sentence tells the outlet's own reporting steps: it contacted someone and got no answer ("X has contacted the
 * ministry, which has not responded"), or contacted someone for a comment ("X reached out to a ministry for comment").
 */
export function isNewsroomStep(text: string, language: string): boolean {
  const tests = newsroomTests(framesFor(language));
  return tests !== undefined && tests.contact.test(text) && (tests.noAnswer.test(text) || tests.purpose?.test(text) === true);
}

/**
 * What a statement's words alone decide, in its language: its debunk cues, whether it is only a date and names, and (each
 * asked at most once, only of the statements that need it) whether it tells a newsroom step, states no proposition, or
 * states a verdict.
 */
export interface TextFacts {
  cues: readonly CueHit[];
  onlyDateAndNames: boolean;
  newsroomStep: () => boolean;
  noProposition: () => boolean;
  verdict: () => boolean;
}

/**
 * A reader of TextFacts that reads each distinct text and language once: a story reprinted by many sites repeats most of
 * its sentences (2,399 distinct of 3,633 statements in the wire bench at 4 copies), and each test is a pure function of
 * the two. One reader per case run; what it hands out is shared and never changed.
 */
export function textFactsReader(): (text: string, language: string) => TextFacts {
  const read = new Map<string, TextFacts>();
  return (text, language) => {
    const key = `${language}\u0000${text}`;
    let facts = read.get(key);
    if (!facts) read.set(key, (facts = textFacts(text, language)));
    return facts;
  };
}

/** A text's TextFacts, the lazy ones computed on first ask. */
function textFacts(text: string, language: string): TextFacts {
  const once = (test: () => boolean): (() => boolean) => {
    let answer: boolean | undefined;
    return () => (answer ??= test());
  };
  return {
    cues: debunkCues(text, language),
    onlyDateAndNames: onlyDateAndNames(text, language),
    newsroomStep: once(() => isNewsroomStep(text, language)),
    noProposition: once(() => statesNoProposition(text, language)),
    verdict: once(() => statesVerdict(text, language)),
  };
}

/** Whether more than half of a span lies inside quotation marks (a headline never does: its offsets are not the body's). */
function mostlyQuoted(span: TextSpan, quoted: StatementSource["quoted"]): boolean {
  let inQuotes = 0;
  for (const q of quoted ?? []) inQuotes += Math.max(0, Math.min(q.end, span.end) - Math.max(q.start, span.start));
  return span.start >= 0 && inQuotes > (span.end - span.start) / 2;
}

/**
 * Which names are places. People are not: the reading stage's named sources, outlets, anyone its tagger takes for a
 * person, and names built on them ("Strand-led"); nor is the story's subject, which most articles name whatever they claim.
 */
function placeTest(sources: readonly StatementSource[], articlesNaming: ReadonlyMap<string, ReadonlySet<string>>): (name: string) => boolean {
  const nonPlaces = new Set([...sources.flatMap((s) => [...s.nonPlaces, s.outlet, ...(s.people ?? [])])].map(normaliseName).filter(Boolean));
  const longNonPlaces = [...nonPlaces].filter((p) => p.length > 3);
  const subjectThreshold = Math.max(2, Math.ceil(sources.length * SUBJECT_SHARE));
  const known = new Map<string, boolean>();
  return (name) => {
    let isPlace = known.get(name);
    if (isPlace === undefined) {
      isPlace = !nonPlaces.has(name) && !longNonPlaces.some((p) => name.endsWith(`-${p}`) || name.startsWith(`${p}-`)) && (articlesNaming.get(name)?.size ?? 0) < subjectThreshold;
      known.set(name, isPlace);
    }
    return isPlace;
  };
}

/** What a statement says happens: predicate groups of its words, and its verbs (a shared verb is a shared predicate: "plans to sell" / "will sell"; saying and being are not). */
function predicatesOf(text: string, verbs: readonly string[], language: string): Set<string> {
  return new Set([
    ...contentWords(text).map(predicateOf).filter((p): p is string => p !== undefined),
    ...verbs
      .map((v) => v.toLowerCase())
      .filter((v) => v.length > 2 && !isReportingVerb(v))
      .map((v) => predicateOf(v) ?? `verb:${termsOf(v, language).all.values().next().value ?? v}`),
  ]);
}

/** A statement's terms and predicates: they depend on its words, verbs and language alone. */
interface SentenceTerms {
  terms: StatementTerms;
  predicates: Set<string>;
}

/**
 * Statement terms and predicates read without a memo active (one analysis, as the pool and the benchmarks run it), by
 * language and text (and verbs): a reprinted sentence (a wire lead in each of its printings, a generated case's family
 * lead in ten articles) is read once. Forgotten at once past MAX_TERMS_READ entries, so it stays bounded; callers never
 * change what they get (as with the memo's kept results).
 */
const termsRead = new Map<string, StatementTerms>();
const predicatesRead = new Map<string, Set<string>>();
const MAX_TERMS_READ = 100_000;

function readOnce<T>(kept: Map<string, T>, key: string, compute: () => T): T {
  let found = kept.get(key);
  if (found === undefined) {
    if (kept.size >= MAX_TERMS_READ) kept.clear();
    kept.set(key, (found = compute()));
  }
  return found;
}

/** A statement's terms and predicates, kept between runs (core/memo.ts) by its text, language and verbs. */
function sentenceTerms(text: string, verbs: readonly string[], language: string): SentenceTerms {
  if (!memoActive()) {
    // The text's length first, so no text and verbs run into another's.
    const key = `${language}\u0000${text.length}\u0000${text}`;
    return {
      terms: readOnce(termsRead, key, () => termsOf(text, language)),
      predicates: readOnce(predicatesRead, `${key}\u0000${verbs.join("\u0001")}`, () => predicatesOf(text, verbs, language)),
    };
  }
  const key = textKey(text);
  return {
    terms: remember("terms", `${language}\u0000${key}`, () => termsOf(text, language)),
    predicates: remember("predicates", `${language}\u0000${key}\u0000${verbs.join("\u0001")}`, () => predicatesOf(text, verbs, language)),
  };
}

/**
 * Each statement's terms and predicates, in statementSpans order: a source's sentences kept between runs by their list
 * with the language and verbs they were read with (a reading's sentences and verbs are the same arrays on each run, so
 * a run looks up one entry per article, not two per sentence); the headline by its text.
 */
function termsOfSource(source: StatementSource, language: string): SentenceTerms[] {
  const verbsOf = (k: number) => source.verbs?.[k] ?? [];
  const body = rememberFor("sentenceTerms", source.sentences, [language, source.verbs], () => source.sentences.map((s, k) => sentenceTerms(s.text, verbsOf(k), language)));
  return source.title ? [...body, sentenceTerms(source.title, verbsOf(source.sentences.length), language)] : body;
}

/** What may stand beside a credit on a line that is only a credit: its label ("Via", "H/T:", "Source:", "Fuente:"), punctuation. */
const CREDIT_LABEL_ONLY = new RegExp(`^[\\s\\p{P}\\p{S}]*(?:(?:${SOURCE_LABEL_WORDS.join("|")}|h\\s*/\\s*t|hat\\s+tip(?:\\s+to)?)(?![\\p{L}])[\\s\\p{P}\\p{S}]*)?$`, "iu");

/**
 * A line that names who stands behind the words before it and says nothing itself: an embedded post's signature ("— Ines
 * Calder (@InesCalder) March 3, 2026", "Posted by Ines Calder on …": core/postSignatures.ts), or a credit alone with its label ("Via The Quillon
 * Ledger", "H/T: Quillon Ledger"). Taken for statements, two articles crediting one outlet so "asserted" the same claim.
 */
function onlyCredits(sentence: TextSpan, credits: readonly { start: number; end: number }[]): boolean {
  if (postSignature(sentence.text)) return true;
  const inside = credits.filter((c) => contains(sentence, c)).sort((a, b) => a.start - b.start);
  if (inside.length === 0) return false;
  let rest = "";
  let at = sentence.start;
  for (const c of inside) {
    rest += sentence.text.slice(at - sentence.start, Math.max(at, c.start) - sentence.start);
    at = Math.max(at, c.end);
  }
  rest += sentence.text.slice(at - sentence.start);
  return CREDIT_LABEL_ONLY.test(rest);
}

/**
 * A sentence that ends its paragraph on a colon (or a semicolon standing for one) announces the words after it ("The
 * ministry's statement read as follows:", "Açıklamada şu ifadelere yer verildi:"): who says what follows, not a claim
 * of its own. Drawn as a claim it is the same words in every article that quotes the statement, whichever side it takes.
 */
function announcesWhatFollows(text: string): boolean {
  return /[:;]["”»’)]*\s*$/u.test(text);
}

/**
 * Whether each of a source's sentences says only who said the words before it (or announces the words after it), kept between runs by the sentence list,
 * language and credits (by their offsets, the same on each run) as termsOfSource is: a pattern tried on every sentence of the case on each run, and it reads nothing else.
 */
function saysOnlyWhoOfSource(source: StatementSource, language: string): readonly boolean[] {
  return rememberFor("saysOnlyWho", source.sentences, [language, (source.credits ?? []).map((c) => `${c.start}:${c.end}`).join(",")], () =>
    source.sentences.map((s) => {
      const frames = framesFor(language);
      if (saysOnlyWho(s.text, frames) || onlyCredits(s, source.credits ?? []) || announcesWhatFollows(s.text)) return true;
      // A picture's credit on its own ("Foto: Ana Berg/Agência Talbridge", "Imagem: reprodução"): page furniture that
      // every article using the same agency's picture prints, no claim.
      if (withoutPictureCredit(s.text, language) === "") return true;
      // "That is what X reports.", "Det rapporterar X.": a credit for the sentence before, no claim of its own.
      const whole = { start: 0, end: s.text.length };
      return (source.credits ?? []).some((c) => contains(s, c) && creditsSentenceBefore(s.text, whole, { start: c.start - s.start, end: c.end - s.start }, frames));
    }),
  );
}

/**
 * A statement's anchors less the name of an outlet of the case where it gives that name whole: across languages a
 * retelling shares with its source little but names and figures, and the outlet it credits ("de acordo com o site
 * DiarioLibre24", read as "diariolibre" and "#24") is the citation, shared with whatever that outlet says of itself
 * ("DiarioLibre24 ha contactado con …"), not the claim. A place the name holds ("Radio Madrid") stays where it stands alone.
 */
function outletNameFilter(sources: readonly StatementSource[]): (anchors: ReadonlySet<string>, language: string) => ReadonlySet<string> {
  const outlets = [...new Set(sources.map((s) => s.outlet))];
  const byLanguage = new Map<string, ReadonlySet<string>[]>();
  return (anchors, language) => {
    let names = byLanguage.get(language);
    if (!names) byLanguage.set(language, (names = outlets.map((o) => termsOf(o, language).anchors).filter((a) => a.size > 0)));
    const whole = names.filter((name) => [...name].every((a) => anchors.has(a)));
    if (whole.length === 0) return anchors;
    return new Set([...anchors].filter((a) => !whole.some((name) => name.has(a))));
  };
}

/** Scripts whose words are spaced but never capitalised, and whose writing leaves vowels out or marks them apart: a name there is told by no capital, and meets its romanisation by how it sounds. */
const UNCASED_SCRIPT = /[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Arabic}\p{Script=Hebrew}]/u;
const UNCASED_WORD = /[\p{L}\p{M}]+/gu;
/**
 * A skeleton this short is too common a sound to name one person or place ("snt" is "Sunita" and "सुनते", they hear),
 * so only longer ones are compared (nameSkeleton).
 */
const MIN_NAME_SKELETON = 4;
/** Words of those scripts already sounded out (transliteration is the cost), forgotten past MAX_TERMS_READ. */
const skeletons = new Map<string, string>();

/**
 * The statements with, in each sentence of a script without capitals (Hindi, Bengali, Arabic, Hebrew …), the names
 * the case writes in Latin letters that one of its words sounds like: "रमाकांत दुबे ने चंदनपुर में …" gives "ramakant"
 * and "chandanpur" where another article of the case writes "Ramakant Dubey … in Chandanpur". Across scripts the
 * anchors rule compares only what a translation keeps, and such a sentence kept nothing it could read: its names are
 * not capitalised, and transliterated they are spelt another way ("rmaakaaNt"). Only a name whose skeleton
 * (nameSkeleton, MIN_NAME_SKELETON letters or more) no other Latin anchor of the case shares is given, so a word is
 * never read as one of two names.
 */
function withTransliteratedNames(statements: Statement[]): Statement[] {
  if (!statements.some((s) => UNCASED_SCRIPT.test(s.span.text))) return statements;
  const bySkeleton = new Map<string, string | null>();
  for (const s of statements) {
    for (const a of s.anchors) {
      if (!/^\p{Script=Latin}+$/u.test(a)) continue;
      const k = nameSkeleton(a);
      if (k.length < MIN_NAME_SKELETON) continue;
      const seen = bySkeleton.get(k);
      if (seen === undefined) bySkeleton.set(k, a);
      else if (seen !== a) bySkeleton.set(k, null);
    }
  }
  if (bySkeleton.size === 0) return statements;
  return statements.map((s) => {
    if (!UNCASED_SCRIPT.test(s.span.text)) return s;
    const found: string[] = [];
    for (const [word] of s.span.text.matchAll(UNCASED_WORD)) {
      if (!UNCASED_SCRIPT.test(word)) continue;
      let k = skeletons.get(word);
      if (k === undefined) {
        if (skeletons.size >= MAX_TERMS_READ) skeletons.clear();
        skeletons.set(word, (k = nameSkeleton(inLatin(word))));
      }
      const name = bySkeleton.get(k);
      if (name && !s.anchors.has(name) && !found.includes(name)) found.push(name);
    }
    return found.length === 0 ? s : { ...s, anchors: new Set([...s.anchors, ...found]) };
  });
}

/** Every sentence and headline of the case, in source order, as statements the later stages compare. */
export function readStatements(sources: readonly StatementSource[]): Statement[] {
  const midCaps = midSentenceCapitalsOfLists(sources.map((src) => src.sentences));
  const read = sources.flatMap((source) => {
    const names = sentenceNames(source.sentences, midCaps);
    const terms = termsOfSource(source, source.language ?? "en");
    const onlyWho = saysOnlyWhoOfSource(source, source.language ?? "en");
    return statementSpans(source).map((span, k) => ({
      source,
      span,
      k,
      names: k < names.length ? (names[k] as readonly string[]) : statementNames(span.text, midCaps),
      read: terms[k] as SentenceTerms,
      // A headline (after the sentences) never says only who spoke.
      onlyWho: k < onlyWho.length && (onlyWho[k] as boolean),
    }));
  });
  const articlesNaming = new Map<string, Set<string>>();
  for (const { source, names } of read) {
    for (const n of names) {
      if (!articlesNaming.has(n)) articlesNaming.set(n, new Set());
      articlesNaming.get(n)?.add(source.article);
    }
  }
  const isPlace = placeTest(sources, articlesNaming);
  const readsVerbs = new Set(sources.filter((s) => s.verbs?.some((v) => v.length > 0)).map((s) => s.article));
  const withoutOutlets = outletNameFilter(sources);
  const factsOf = textFactsReader();
  return withTransliteratedNames(read.map(({ source, span, k, names, read: { terms, predicates }, onlyWho }) => {
    const language = source.language ?? "en";
    const facts = factsOf(span.text, language);
    const { cues } = facts;
    return {
      article: source.article,
      language,
      span,
      quoted: mostlyQuoted(span, source.quoted),
      saysOnlyWho: span.start >= 0 && onlyWho,
      newsroomStep: span.start >= 0 && facts.newsroomStep(),
      onlyDateAndNames: facts.onlyDateAndNames,
      noProposition: span.start >= 0 && facts.noProposition(),
      debunking: cues.length > 0,
      verdict: cues.length > 0 && facts.verdict(),
      verdictOnly: cues.length > 0 && verdictOnly(span.text, language, names, cues),
      words: terms.all,
      anchors: withoutOutlets(terms.anchors, language),
      predicates,
      names: new Set(names.filter(isPlace)),
      lead: span.start < 0 || k < LEAD_SENTENCES,
      verbless: span.start >= 0 && readsVerbs.has(source.article) && (source.verbs?.[k]?.length ?? 0) === 0,
      credits: span.start < 0 ? [] : (source.credits ?? []).filter((c) => contains(span, c)).map((c) => ({ start: c.start - span.start, end: c.end - span.start })),
    };
  }));
}
