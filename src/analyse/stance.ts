/**
 * Stance: which side an article takes on a claim it carries. It presents the claim as true, reports it as false
 * (false, doubtful, satire, a joke, a hoax, a fake, a denial, "no evidence", "fell for it"), or only mentions it.
 *
 * Read from evidence words in the article's language (stance/<lang>.ts), looked for where a reader looks: the
 * headline, the lead (first sentences) and the sentences around the article's statements of the claim. A statement
 * that negates what the claim affirms ("has NOT endorsed") reports it false too. A claim that is itself a debunk
 * ("the study was a hoax") is presented as true by the articles that make it: its debunk words are its content.
 * Where it fails: irony without a cue word, and a debunk cue about something else in the same lead.
 */
import { memoActive, remember, textKey } from "../core/memo.ts";
import { overlaps, type TextSpan, contains } from "../core/spans.ts";
import { allMatches, escapeRegExp } from "../core/text.ts";
import { contentStem, contentWords } from "./claims/label.ts";
import { perLanguage } from "../extract/frames/common.ts";
import { framesFor } from "../extract/frames/index.ts";
import { compile } from "../extract/names.ts";
import { figuresIn } from "./terms.ts";
import type { Stance } from "../graph/types.ts";
import { negationTest } from "../core/negations.ts";
import { patternFor, STANCE_WORDS, stanceWordsFor, type CueKind } from "./stance/index.ts";
import { en } from "./stance/en.ts";
import type { StanceWords } from "./stance/types.ts";
import { bareVerdict, verdictReaches, verdictTargets, type BareVerdict } from "./stance/verdictScope.ts";

export { STANCE_WORDS };

/** Sentences at the head of the body that count as the lead (with the headline). */
const LEAD_SENTENCES = 3;
/** Sentences either side of a statement that still speak about it ("A post claimed X. It was a hoax."). */
const NEAR_SENTENCES = 1;
/** Share of an article's statements of a claim that must have a debunk cue around them (when the first has none). */
const NEAR_SHARE = 0.3;
/** Words before a cue that may cancel it ("no joke", "not a hoax", "did not apologise for its report"). */
const CANCEL_WINDOW = 2;

/** A cue found in a text: offsets into that text. */
export interface CueHit extends TextSpan {
  cue: string;
}

/**
 * Whether a negation just before a cue cancels it ("no joke", "not a hoax", "did not apologise for its report"): one of
 * the language's negation words among the last CANCEL_WINDOW words before `at` (the last three characters where the
 * language does not separate words), in the same phrase: "does not believe, that fakes …", "no esperó, retiró la
 * noticia" keep their cue.
 */
function cancelledByNegation(text: string, at: number, words: StanceWords): boolean {
  const before = text.slice(0, at);
  const lastWords = words.wordBoundaries ? before.split(/\s+/).filter(Boolean).slice(-CANCEL_WINDOW).join(" ") : before.slice(-3);
  return !/[,;:.!?]/.test(lastWords) && negationTest(words).test(lastWords);
}

/** The vocabularies to read a text in: its language's, and English, whose "fake" and "hoax" travel into other languages. */
function vocabulariesFor(language: string, kind: CueKind): StanceWords[] {
  const own = stanceWordsFor(language);
  if (kind === "negation") return own ? [own] : [en];
  return own && own !== en ? [own, en] : [en];
}

function hits(text: string, words: StanceWords, kind: CueKind): CueHit[] {
  const out: CueHit[] = [];
  // allMatches, not matchAll: matchAll copies the long compiled pattern for every text.
  for (const m of allMatches(patternFor(words, kind), text)) {
    const start = m.index;
    out.push({ start, end: start + m[0].length, text: m[0], cue: `${words.language}.${kind}` });
  }
  return out;
}

/** Debunk cues already found in one article's texts, by text: made per article and analysis by whoever builds the article (provenance.ts stanceContext). */
export type CuesRead = Map<string, readonly CueHit[]>;

/**
 * Debunk cues in a text ("hoax", "satirical", "fell for"), less those a negation just before cancels ("no joke").
 * Asked of the same sentences for every claim an article carries and on every run of a case: kept (core/memo.ts), or
 * without a memo active in `cuesRead` (the texts of one article, in its language: readStance asks again of the same
 * sentences for each claim an article carries, a tenth of the provenance stage on the generated 5,000-article case).
 * Callers never change the hits they get.
 */
export function debunkCues(text: string, language: string, cuesRead?: CuesRead): readonly CueHit[] {
  if (memoActive()) return remember("debunkCues", `${language}\u0000${textKey(text)}`, () => findDebunkCues(text, language));
  if (!cuesRead) return findDebunkCues(text, language);
  let found = cuesRead.get(text);
  if (!found) cuesRead.set(text, (found = findDebunkCues(text, language)));
  return found;
}

/** An article's debunk cues in a text of its own, kept in the article's `cuesRead`. */
const cuesOf = (article: StanceArticle, text: string): readonly CueHit[] => debunkCues(text, article.language, article.cuesRead);

function findDebunkCues(text: string, language: string): CueHit[] {
  const found: CueHit[] = [];
  const own = stanceWordsFor(language) ?? en;
  for (const words of vocabulariesFor(language, "debunk")) {
    for (const hit of hits(text, words, "debunk")) {
      if (found.some((f) => f.start < hit.end && hit.start < f.end)) continue;
      if (conceded(text, hit, own)) continue;
      // A cue that is a negation itself ("never happened") is no joke a negation cancels.
      if (!negationTest(words).test(hit.text) && cancelledByNegation(text, hit.start, words)) continue;
      found.push(hit);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Words a contrast may put before the affirmation that answers a conceded debunk word ("but in fact it is all true"). */
const AFFIRMATION_GAP = 3;

/**
 * Whether a debunk word is only conceded: granted in a clause that opens with how the story looks ("It may sound like a
 * prank", "Può sembrare … una fake news", "Das mag wie ein Scherz klingen") and answered, in the same sentence, by a
 * contrast and an affirmation ("but it is all true", "ma invece è tutto vero", "pero es real"). The sentence says the
 * story is true.
 */
function conceded(text: string, hit: { start: number; end: number }, words: StanceWords): boolean {
  if (!words.concession || !words.affirmation) return false;
  const clause = text.slice(0, hit.start).split(/[.!?;:]/u).pop() ?? "";
  if (clause.search(patternFor(words, "concession")) < 0) return false;
  const after = text.slice(hit.end).split(/[.!?;:]/u)[0] ?? "";
  const contrast = allMatches(patternFor(words, "contrast"), after)[0];
  if (!contrast) return false;
  const rest = after.slice(contrast.index + contrast[0].length);
  const affirmed = allMatches(patternFor(words, "affirmation"), rest)[0];
  return affirmed !== undefined && rest.slice(0, affirmed.index).split(/\s+/u).filter(Boolean).length <= AFFIRMATION_GAP;
}

/** Debunk cues in a body sentence less those inside the name of an outlet it credits ("according to the site Satire Leo"). */
function cuesOutsideNames(article: StanceArticle, sentence: TextSpan): readonly CueHit[] {
  const cues = cuesOf(article, sentence.text);
  const names = article.creditedNames;
  if (!names || cues.length === 0) return cues;
  return cues.filter((c) => !names.some((n) => n.start <= sentence.start + c.start && sentence.start + c.end <= n.end));
}

/** Content words after an "about" preposition that say what a topic cue is about ("falsche Meldungen über den Bäcker Jan Rask"). */
const ABOUT_WORDS = 8;

/**
 * A debunk cue read as the topic of a noun phrase rather than a verdict on a statement: what it is about (the words after
 * an "about" preposition; "" when nothing says), and whether it is an aside between dashes.
 */
export interface CueTopic {
  about: string;
  aside: boolean;
}

/** Each language's topic prepositions, anchored at the end of the words before a cue, and its "about" prepositions, anchored after it. */
const topicTestsFor = perLanguage((words: StanceWords): { before: RegExp; after: RegExp } | undefined => {
  const prep = (words.topicPreposition ?? []).map((c) => `(?:${c.cue})`).join("|");
  const about = (words.aboutPreposition ?? []).map((c) => `(?:${c.cue})`).join("|");
  if (!words.wordBoundaries || (!prep && !about)) return undefined;
  return {
    before: new RegExp(prep ? `(?<![\\p{L}\\p{N}])(?:${prep})\\s+$` : "(?!)", "iu"),
    // The cue, or the one noun it qualifies ("falsche Meldungen", "fake news", "Fake-News"), then the preposition.
    after: new RegExp(about ? `^(?:[\\s-]+[\\p{L}\\p{N}]+)?\\s+(?:${about})(?![\\p{L}\\p{N}])` : "(?!)", "iu"),
  };
});

/** Words before an aside that it qualifies ("l'arrestation du fugitif Paul Marcel - information démentie -"). */
const ASIDE_WORDS = 3;

/** Dashes with a space either side that open and close an aside inside a sentence ("… l'annonce - une information démentie - le journal …"). */
const ASIDE = /\s[-–—]\s([^-–—]+?)\s[-–—]\s(?=\S)/gu;

/**
 * Whether a debunk cue is a topic, not a verdict on a statement (undefined: a verdict). Three forms, read from the words
 * around it in the text's language (StanceWords.topicPreposition, aboutPreposition): the object of a topic preposition
 * with no determiner pointing at one story ("trial over fake news", "Prozess um Fake-News", "menés sur de fausses
 * pistes"): a kind of thing the sentence is about; a falsehood said to be about someone or something ("falsche Meldungen
 * über den Bäcker X"), whose content it does not give; and a denial verb in an aside between dashes ("après avoir annoncé
 * l'arrestation - information ensuite démentie - le journal a présenté ses excuses"), which qualifies what stands just
 * before it, not what the sentence states.
 */
export function cueTopic(text: string, hit: { start: number; end: number; cue?: string }, language: string): CueTopic | undefined {
  const own = stanceWordsFor(language);
  if (!own) return undefined;
  if (hit.cue !== undefined && isDenial(hit as CueHit, language)) {
    for (const m of allMatches(ASIDE, text)) {
      const from = m.index + m[0].indexOf(m[1] as string);
      if (from <= hit.start && hit.end <= from + (m[1] as string).length) {
        const before = text.slice(0, m.index).split(/\s+/u).slice(-ASIDE_WORDS).join(" ");
        return { about: `${before} ${m[1]}`, aside: true };
      }
    }
  }
  const tests = topicTestsFor(own);
  if (!tests) return undefined;
  const after = text.slice(hit.end);
  const aboutAt = tests.after.exec(after);
  const about = aboutAt ? (after.slice(aboutAt[0].length).split(/[,;:.!?()«»"“”„]|\s[-–—]\s/u)[0] ?? "").trim().split(/\s+/u).slice(0, ABOUT_WORDS).join(" ") : undefined;
  if (tests.before.test(text.slice(0, hit.start))) return { about: about ?? "", aside: false };
  return about === undefined ? undefined : { about, aside: false };
}

/**
 * Whether a topic cue judges a statement: what it is about restates most of the statement ("false reports about the
 * mayor's death" beside "the mayor died"), or, for a topic that is no aside, the statement tells what someone said (a
 * speech verb of the language, or a quotation): the content of the falsehood the cue names. A fact the article states on
 * its own word beside it ("Im Prozess um Fake-News … Der Fall wurde in Talheim verhandelt") is not judged.
 */
function topicReaches(topic: CueTopic, statement: TextSpan, language: string): boolean {
  const stated = new Set(contentWords(statement.text).map(contentStem));
  const about = new Set(contentWords(topic.about).map(contentStem));
  if (stated.size > 0 && about.size > 0 && [...stated].filter((w) => about.has(w)).length >= ABOUT_SHARE * stated.size) return true;
  if (topic.aside) return false;
  return statement.text.search(compile(framesFor(language)).speechVerb) >= 0 || allMatches(QUOTED, statement.text).length > 0;
}

/** A text's cues less the topics that judge none of the statements (cueTopic, topicReaches). */
function verdictCues(text: string, cues: readonly CueHit[], statements: readonly TextSpan[], language: string): readonly CueHit[] {
  return cues.filter((c) => {
    const topic = cueTopic(text, c, language);
    return topic === undefined || statements.some((s) => topicReaches(topic, s, language));
  });
}

/** Each language's back-pointing demonstratives, anchored at the end of the words before a cue. */
const backTest = perLanguage((words: StanceWords) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${(words.backReference ?? []).map((c) => `(?:${c.cue})`).join("|")})\\s+$`, "iu"));

/**
 * Whether a debunk cue points back at what the article told before it: a demonstrative of the language stands right
 * before it ("Diese Lügen wurden tausendfach verbreitet", "These rumours spread fast", "Ces rumeurs"; StanceWords
 * backReference). Such a verdict is about the story just told, not about a statement that follows it.
 */
function pointsBack(text: string, hit: { start: number }, language: string): boolean {
  const own = stanceWordsFor(language);
  if (!own?.backReference || !own.wordBoundaries) return false;
  return backTest(own).test(text.slice(0, hit.start));
}

/** A cue found in a sentence (or the headline) as evidence: offsets into the body, or -1 for the headline. */
function asEvidence(span: TextSpan, hit: CueHit, inTitle: boolean): TextSpan {
  return inTitle ? { start: -1, end: -1, text: hit.text } : { start: span.start + hit.start, end: span.start + hit.end, text: hit.text };
}

/**
 * Correction words in the article's statements of a claim (StanceWords.correction), where the statement restates the
 * claim (most of its words: "the author is in fact a journalist" grouped with a study's claim corrects the story, it
 * does not restate it) and neither calls anything false nor negates anything ("In fact, it was never published").
 */
function corrections(article: StanceArticle, statements: readonly TextSpan[], claimed: ReadonlySet<string> | undefined): TextSpan[] {
  const own = stanceWordsFor(article.language);
  if (!own?.correction || claimed === undefined || claimed.size < RESTATED_MIN_WORDS) return [];
  return statements.flatMap((s) => {
    const found = hits(s.text, own, "correction");
    if (found.length === 0 || cuesOf(article, s.text).length > 0 || negationCues(s.text, article.language).length > 0 || !restates(s.text, claimed)) return [];
    return found.map((c) => asEvidence(s, c, false));
  });
}

/** Cues that deny words were said at all (StanceCue.saying), in a text. */
function sayingCues(text: string, language: string): CueHit[] {
  return vocabulariesFor(language, "debunk").flatMap((w) => hits(text, w, "saying"));
}

/** The sentences of the article around a statement (NEAR_SENTENCES either side of its own), by index; none for the headline. */
function sentencesAround(article: StanceArticle, s: TextSpan): number[] {
  const i = article.sentences.findIndex((x) => x.start <= s.start && s.start < x.end);
  if (i < 0) return [];
  const out: number[] = [];
  for (let k = Math.max(0, i - NEAR_SENTENCES); k <= Math.min(article.sentences.length - 1, i + NEAR_SENTENCES); k++) out.push(k);
  return out;
}

/** Denials that the claim's words were said, in the headline, the lead, or the sentences next to a statement of it. */
function saidDenials(article: StanceArticle, claim: StanceClaim): TextSpan[] {
  const near = new Set<number>();
  for (let k = 0; k < Math.min(LEAD_SENTENCES, article.sentences.length); k++) near.add(k);
  for (const s of claim.statements) for (const k of sentencesAround(article, s)) near.add(k);
  const out = [...near].sort((a, b) => a - b).flatMap((k) => {
    const sentence = article.sentences[k] as TextSpan;
    return sayingCues(sentence.text, article.language).map((c) => asEvidence(sentence, c, false));
  });
  const title = article.title ? sayingCues(article.title, article.language).map((c) => asEvidence({ start: -1, end: -1, text: article.title ?? "" }, c, true)) : [];
  return [...title, ...out];
}

/** Each language's denial verbs as one whole-text test, made once (stance is read for every claim an article carries). */
const denialTest = perLanguage((words: StanceWords) => new RegExp(`^(?:${patternFor(words, "denial").source})$`, "iu"));

/** Whether a debunk cue is a verb of denial ("a démenti", "denied") in the text's language (StanceCue.denial). */
export function isDenial(hit: CueHit, language: string): boolean {
  const own = stanceWordsFor(language);
  const words = hit.cue === `${own?.language}.debunk` ? own : hit.cue === "en.debunk" ? en : undefined;
  if (words === undefined) return false;
  return denialTest(words).test(hit.text);
}

/** Each language's satire cues as one whole-text test, made once. */
const satireTest = perLanguage((words: StanceWords) => new RegExp(`^(?:${patternFor(words, "satire").source})$`, "iu"));

/**
 * Whether a stance tells the claim as a joke made as one: a page whose site declares itself satire, or a cue word that
 * calls the story satire, a parody, a spoof or a prank (StanceCue.satire) among the words the stance rests on, in the
 * text's language or in English. Such an article passes the joke on (as news, or as the blunder of those who took it
 * for news); one reporting the claim false on other words only (false, a rumour, denied) answers it.
 */
export function tellsAsSatire(reading: Pick<StanceReading, "stance" | "rule" | "evidence">, language: string): boolean {
  if (reading.stance !== "false") return false;
  if (reading.rule === "stance.declared_satire") return true;
  const vocabularies = vocabulariesFor(language, "debunk");
  return reading.evidence.some((e) => vocabularies.some((w) => satireTest(w).test(e.text.trim())));
}

/**
 * Debunk cues in a text that answer a story, not tell it as a joke made as one: every debunk cue less the satire ones
 * (StanceCue.satire, as tellsAsSatire reads them). "A hoax quote", "the bogus statement", "supposedly released" answer
 * the words beside them; "the satirical paper" passes its joke on.
 */
export function rebuttalCues(text: string, language: string): CueHit[] {
  const vocabularies = vocabulariesFor(language, "debunk");
  return debunkCues(text, language).filter((h) => !vocabularies.some((w) => satireTest(w).test(h.text.trim())));
}

/**
 * Whether a denial cue is the denier's own, said by someone whose words the claim's statements quote: then it denies
 * something else (the rumour they answer), never their own words ("Le maire a démenti … « Je reste à mon poste »").
 * The denier is the last source the sentence names before the verb (in a headline: a word of the speaker's name before it).
 */
function deniedBySpeaker(article: StanceArticle, speakers: readonly QuotedSpeaker[], sentence: TextSpan, hit: CueHit, inTitle: boolean): boolean {
  if (speakers.length === 0 || !isDenial(hit, article.language)) return false;
  const named = (): boolean => {
    const before = sentence.text.slice(0, hit.start).toLowerCase();
    return speakers.some((s) => nameWords(s.name).some((w) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, "u").test(before)));
  };
  if (inTitle) return named();
  const at = sentence.start + hit.start;
  let last: { end: number; own: boolean } | undefined;
  for (const source of article.sources ?? []) {
    const own = speakers.some((s) => s.source === source.key);
    for (const m of source.mentions) if (m.start >= sentence.start && m.end <= at && (!last || m.end > last.end)) last = { end: m.end, own };
  }
  // The reader keeps a source's mentions where it speaks or is cited; a lead that only names the denier is read by name.
  return last ? last.own : named();
}

/** A sentence's cues less a speaker's own denial and every cue after it, which say what they deny ("a démenti les rumeurs"). */
function withoutOwnDenial(article: StanceArticle, speakers: readonly QuotedSpeaker[], sentence: TextSpan, cues: readonly CueHit[], inTitle: boolean): readonly CueHit[] {
  const own = cues.find((c) => deniedBySpeaker(article, speakers, sentence, c, inTitle));
  return own ? cues.filter((c) => c.start < own.start) : cues;
}

/** The sources whose quotations hold every one of the statements (body statements only; none where one has no speaker). */
function statementSpeakers(article: StanceArticle, statements: readonly TextSpan[]): Set<string> {
  let common: Set<string> | undefined;
  for (const s of statements) {
    const own = new Set((article.speakers ?? []).filter((q) => s.start >= 0 && overlaps(q, s)).map((q) => q.source));
    common = common === undefined ? own : new Set([...common].filter((k) => own.has(k)));
    if (common.size === 0) return common;
  }
  return common ?? new Set();
}

/**
 * Whether a cue in a sentence before the statements is the verdict of the one whose words the statements quote: it
 * stands inside a quotation of theirs, or outside quotations after their name, the last source the sentence names
 * before it, and a speech verb ("The ministry said the report was false. “The harbour stays open,” the ministry added"). A speaker who
 * calls a report false and then tells what is so tells it as true: their verdict is on the report they answer, not on
 * their own words. Not where the sentence admits the falsehood ("admitted the post was a joke"): the claimant's own.
 */
function speakersOwnVerdict(article: StanceArticle, sentence: TextSpan, hit: CueHit, statements: readonly TextSpan[]): boolean {
  if (statements.length === 0 || statements.some((s) => s.start < sentence.end)) return false;
  const own = stanceWordsFor(article.language);
  if (own && hits(sentence.text, own, "admission").length > 0) return false;
  const speakers = statementSpeakers(article, statements);
  if (speakers.size === 0) return false;
  const at = sentence.start + hit.start;
  const quotation = (article.speakers ?? []).find((q) => q.start <= at && at < q.end);
  if (quotation) return speakers.has(quotation.source);
  if ((article.quoted ?? []).some((q) => q.start <= at && at < q.end)) return false;
  let last: { end: number; key: string } | undefined;
  for (const source of article.sources ?? []) {
    for (const m of source.mentions) if (m.start >= sentence.start && m.end <= at && (!last || m.end > last.end)) last = { end: m.end, key: source.key };
  }
  // Their words: a speech verb stands between the name and the cue ("the line said the posts were false"), not only a
  // noun of theirs ("the man's post was false", whose words are what is judged).
  const speechVerb = compile(framesFor(article.language)).speechVerb;
  if (last !== undefined && speakers.has(last.key) && sentence.text.slice(last.end - sentence.start, hit.start).search(speechVerb) >= 0) return true;
  // Or the sentence closes on who said it ("Reports that P are false, the ministry has said."): the first source named
  // after the cue, with a speech verb beside its name.
  const closing = closingSpeaker(article, sentence, hit);
  return closing !== undefined && speakers.has(closing);
}

/** Words a closing attribution's speech verb may stand from the speaker's name ("…, Garda Commissioner Drew Harris has said."). */
const CLOSING_TAG_WORDS = 3;

/**
 * The source a sentence credits its words to after a cue, in a closing tag ("… are entirely inaccurate, the mayor has
 * said.", "… are false, said the mayor."): the first source named after the cue, outside quotation marks, with a speech
 * verb within CLOSING_TAG_WORDS words before or after its name. Undefined where the sentence closes on none.
 */
function closingSpeaker(article: StanceArticle, sentence: TextSpan, hit: CueHit): string | undefined {
  const after = sentence.start + hit.end;
  let first: { start: number; end: number; key: string } | undefined;
  for (const source of article.sources ?? []) {
    for (const m of source.mentions) if (m.start >= after && m.end <= sentence.end && (!first || m.start < first.start)) first = { start: m.start, end: m.end, key: source.key };
  }
  if (first === undefined || (article.quoted ?? []).some((q) => q.start <= first.start && first.start < q.end)) return undefined;
  const speechVerb = compile(framesFor(article.language)).speechVerb;
  const words = (text: string) => text.split(/\s+/u).filter((w) => w !== "");
  const before = words(sentence.text.slice(after - sentence.start, first.start - sentence.start)).slice(-CLOSING_TAG_WORDS).join(" ");
  const behind = words(sentence.text.slice(first.end - sentence.start)).slice(0, CLOSING_TAG_WORDS).join(" ");
  return before.search(speechVerb) >= 0 || behind.search(speechVerb) >= 0 ? first.key : undefined;
}

/** Words a verdict's own clause may run to after its cue before the clause closes ("is not true, …", "is false and …"). */
const VERDICT_CLAUSE_WORDS = 3;

/**
 * Whether a cue in a speaker's quotation, in the sentence of a statement, is their verdict on the report they answer
 * with the claim told after it as a clause of their own: the cue's clause closes within a few words (a comma, colon,
 * semicolon, dash or stop), the next clause opens with no complementiser (that would make it the verdict's content: "not
 * true that the bridge fell"), and it restates the claim (`claimed`) where the words before the cue do not. "“Not true,
 * of course: we are all alive and well,” the mayor wrote" tells "we are all alive and well" as the mayor's fact.
 */
function verdictBeforeOwnClause(article: StanceArticle, sentence: TextSpan, hit: CueHit, claimed: ReadonlySet<string> | undefined): boolean {
  if (claimed === undefined || claimed.size < RESTATED_MIN_WORDS) return false;
  const at = sentence.start + hit.start;
  if (!(article.speakers ?? []).some((q) => q.start <= at && at < q.end)) return false;
  const after = sentence.text.slice(hit.end);
  const close = after.search(/[,;:.!?–—]/u);
  if (close < 0 || after.slice(0, close).split(/\s+/u).filter(Boolean).length > VERDICT_CLAUSE_WORDS) return false;
  const rest = after.slice(close + 1);
  const first = rest.replace(/^[\s"“”„«»‘’()…]+/u, "").split(/[\s,]+/u)[0]?.toLowerCase() ?? "";
  const own = stanceWordsFor(article.language);
  const complementisers = new Set((framesFor(article.language).complementisers ?? []).map((w) => w.toLowerCase()));
  if (complementisers.has(first) || (own?.complementiser !== undefined && new RegExp(`^(?:${own.complementiser})$`, "iu").test(first))) return false;
  return restates(rest, claimed) && !restates(sentence.text.slice(0, hit.start), claimed);
}

/** Each language's claim nouns that a clause completes (StanceCue.nominal), anchored at the end of a text. */
const nominalAtEnd = perLanguage((words: StanceWords) => {
  const nominals = (words.proposition ?? []).filter((c) => c.nominal);
  return nominals.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${nominals.map((c) => `(?:${c.cue})`).join("|")})$`, "iu") : undefined;
});

/** Fewest of the claim's words an account after a denial must repeat to tell the claim. */
const ACCOUNT_MIN_WORDS = 2;

/**
 * Whether a sentence tells the claim as the account of one who denies something: a verb of denial, then the denier's
 * own clause, opened by the language's complementiser after a word or more that name no claim ("The ministry has
 * refuted such claims, saying that it was part of a drill", "a démenti l'information, précisant que …"; not "denied
 * reports that P", whose clause is what is denied). The clause repeats the claim's words (`claimed`) and neither negates
 * nor calls anything false (then it is the denial's content: "saying the mayor had not resigned"), and the words before
 * the verb repeat fewer of them. What the denier offers as the truth is not the story they deny.
 */
function toldAsDeniersAccount(article: StanceArticle, sentence: TextSpan, claimed: ReadonlySet<string> | undefined): boolean {
  const own = stanceWordsFor(article.language);
  if (!own?.complementiser || claimed === undefined || claimed.size < RESTATED_MIN_WORDS) return false;
  const nominal = nominalAtEnd(own);
  const opens = new RegExp(`(?<![\\p{L}\\p{N}])(?:${own.complementiser})(?![\\p{L}\\p{N}])`, "iu");
  const repeated = (text: string): number => new Set(contentWords(text).map(contentStem).filter((w) => claimed.has(w))).size;
  return cuesOf(article, sentence.text).some((cue) => {
    if (!isDenial(cue, article.language)) return false;
    const after = sentence.text.slice(cue.end);
    const at = after.search(opens);
    if (at < 0) return false;
    const between = after.slice(0, at);
    const complementiser = opens.exec(after.slice(at))?.[0] ?? "";
    if (!/[\p{L}\p{N}]/u.test(between) || /[.;:!?]/u.test(between) || nominal?.test(`${sentence.text.slice(cue.start, cue.end)}${between}${complementiser}`)) return false;
    const account = after.slice(at + complementiser.length);
    const told = repeated(account);
    if (told < ACCOUNT_MIN_WORDS || told < 0.5 * contentWords(account).length) return false;
    if (cuesOf(article, account).length > 0 || negationCues(account, article.language).length > 0) return false;
    return repeated(sentence.text.slice(0, cue.start)) < told;
  });
}

/** The words of a name a headline may shorten it to (its capitalised words of three letters or more), in small letters. */
const nameWords = (name: string): string[] => name.split(/\s+/).filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());

/** The speakers whose quotations the claim's statements in the body hold. */
function speakersOf(article: StanceArticle, claim: StanceClaim): QuotedSpeaker[] {
  return (article.speakers ?? []).filter((q) => claim.statements.some((s) => s.start >= 0 && overlaps(q, s)));
}

/** A relative clause about a person ("who asked not to be named"): a negation inside it is about that person. */
const PERSON_CLAUSE = /(?<![\p{L}])(?:who|whom|whose)(?![\p{L}])[^,;:.!?]*/giu;

/**
 * Negation words in a text ("not", "nicht", "не", "没有"), less those that describe a source rather than negate the
 * statement: in a relative clause about a person, in one of the language's anonymity clauses (the reading's data: "que
 * pediu para não ser identificado", "der nicht genannt werden wollte"), whether or not the reading made a source of the
 * words it follows, or inside `sourceSpans` (offsets into the text), the words that name a source ("a senior official
 * who asked not to be named", "un responsable qui n'a pas souhaité être nommé").
 */
export function negationCues(text: string, language: string, sourceSpans: readonly { start: number; end: number }[] = []): CueHit[] {
  // allMatches, not matchAll: matchAll copies the language's long anonymity pattern (and compiles the copy) on every call,
  // several times the cost of the matching; both patterns are used nowhere else with a lastIndex left behind.
  const clauses = [...allMatches(PERSON_CLAUSE, text), ...allMatches(compile(framesFor(language)).anonymityClause, text)];
  const about = [...sourceSpans, ...clauses.map((m) => ({ start: m.index, end: m.index + m[0].length }))];
  return vocabulariesFor(language, "negation")
    .flatMap((w) => hits(text, w, "negation"))
    .filter((h) => !about.some((a) => contains(a, h)));
}

/** Whether a text narrows its negation to one form, time or case ("not … in its current form", "for now"). */
export function narrowsNegation(text: string, language: string): boolean {
  return vocabulariesFor(language, "negation").some((w) => hits(text, w, "negationScope").length > 0);
}

/** A claim's statement as the stance reader sees it: its text and its language. */
export interface ClaimStatementText {
  text: string;
  language: string;
}

/** Share of a claim's statements that must carry a debunk cue for the claim itself to be a debunk. */
export const DEBUNK_CLAIM_SHARE = 0.5;

/**
 * True when the claim is itself a debunk ("the study was a hoax"): its representative wording and most of its
 * statements carry a debunk cue. A story most articles debunk still has a representative that states it plainly.
 */
export function isDebunkClaim(statements: readonly ClaimStatementText[], representative: ClaimStatementText): boolean {
  if (statements.length === 0 || debunkCues(representative.text, representative.language).length === 0) return false;
  const withCue = statements.filter((s) => debunkCues(s.text, s.language).length > 0).length;
  return withCue / statements.length >= DEBUNK_CLAIM_SHARE;
}

/** One article as the stance reader needs it. */
export interface StanceArticle {
  language: string;
  title?: string;
  /** Body sentences in reading order (offsets into the body). */
  sentences: readonly TextSpan[];
  /** Where the body names a source (offsets into the body): a negation there describes the source, not the claim. */
  sourceSpans?: readonly { start: number; end: number }[];
  /** The page's own words calling its site satire or fiction, outside the body ("All stories are satire"). */
  satireNotice?: string;
  /** Where the body names an outlet it credits (offsets into the body): a cue word there is the outlet's name ("according to Satire Leo"). */
  creditedNames?: readonly { start: number; end: number }[];
  /** The article's quotations with a speaker (offsets into the body): a denial by the speaker does not deny these words. */
  speakers?: readonly QuotedSpeaker[];
  /** The quoted words of the article's quotations, whoever said them (offsets into the body): a passage quoted over several sentences is someone's text. */
  quoted?: readonly TextSpan[];
  /** Each source the body names, with every mention of it (offsets into the body): who is the subject of a denial verb. */
  sources?: readonly { key: string; mentions: readonly { start: number; end: number }[] }[];
  /**
   * The units (aboutUnits) of the texts already split for this article, made once per article and analysis by whoever
   * builds it (provenance.ts stanceContext): every claim the article carries compares the same sentences. None: split
   * each time.
   */
  unitsRead?: UnitsRead;
  /** The debunk cues of the article's texts already found (debunkCues), made once per article and analysis like `unitsRead`. None: found each time. */
  cuesRead?: CuesRead;
}

/** Texts already split into the units two texts are compared by (aboutUnits), by text. */
export type UnitsRead = Map<string, string[]>;

/** A quotation and who said it: its span in the body, the speaker's source key and name. */
export interface QuotedSpeaker {
  start: number;
  end: number;
  source: string;
  name: string;
}

/** How a claim's statements tell it, beside its wording (isDenialClaim). */
export interface DenialTelling {
  /** The claim is itself a debunk (isDebunkClaim): its statements call something false as they tell it. */
  debunk?: boolean;
  /**
   * The claim's whole sentence (its representative statement), where it is someone's word — a source named in it, or a
   * quotation with its speaker — and only debunks print it: every article carrying it calls a story false elsewhere
   * (callsStoryFalse). `sourceSpans` are where the sentence names its sources (offsets into `sentence`).
   */
  answer?: { sentence: string; sourceSpans: readonly { start: number; end: number }[] };
}

/**
 * Whether an article calls a story false, doubtful or satire outside the given statements (of one claim): a debunk cue in
 * its headline or in a body sentence that holds none of them, outside the names of outlets it credits. Such an article
 * is a debunk, whatever else it prints.
 */
export function callsStoryFalse(article: StanceArticle, statements: readonly TextSpan[]): boolean {
  const titleIsStatement = statements.some((s) => s.start < 0);
  if (!titleIsStatement && article.title && cuesOf(article, article.title).length > 0) return true;
  return article.sentences.some((x) => !statements.some((s) => s.start >= 0 && overlaps(s, x)) && cuesOutsideNames(article, x).length > 0);
}

/**
 * Whether an article calls false what given words speak of (callsStoryFalse, where the sentence or headline with the
 * cue also holds one of `words`, stemmed as contentStem): "The photo is fake" beside "Fake photo of the Tessby
 * lighthouse" speaks of the lighthouse a statement "The photo does not show the Tessby lighthouse" negates.
 */
export function callsFalseOf(article: StanceArticle, statements: readonly TextSpan[], words: ReadonlySet<string>): boolean {
  const holds = (text: string): boolean => contentWords(text).some((w) => words.has(contentStem(w)));
  const titleIsStatement = statements.some((s) => s.start < 0);
  if (!titleIsStatement && article.title && holds(article.title) && cuesOf(article, article.title).length > 0) return true;
  return article.sentences.some((x) => !statements.some((s) => s.start >= 0 && overlaps(s, x)) && holds(x.text) && cuesOutsideNames(article, x).length > 0);
}

/**
 * Whether someone's word that only debunks print answers their story with a negation (DenialTelling.answer): "We know
 * of no plan to close the harbour", "the club said it never sold tickets for that match". The
 * negation must be what was said, not the words naming the one who said it, and not narrowed to a form or a time; a
 * debunk cue in the sentence that is no negation and no verb of denial judges something else, and a question asks.
 */
function answersWithNegation(answer: NonNullable<DenialTelling["answer"]>, wording: string, language: string): boolean {
  const { sentence, sourceSpans } = answer;
  if (QUESTION.test(sentence.trim()) || narrowsNegation(sentence, language)) return false;
  if (debunkCues(sentence, language).some((c) => negationCues(c.text, language).length === 0 && !isDenial(c, language))) return false;
  return negatesClaim(sentence, wording, language, sourceSpans);
}

/**
 * Whether a claim's wording (its representative's main clause) is the denial of the story it names, so that an article
 * stating it reports that story false. Five forms:
 * - it denies that what it names existed or took place ("Jamás hubo un niño llamado Pim en la escuela Olmos", "The Elm
 *   school rescue never happened", "Einen Jungen namens Pim gab es nie"; StanceWords.nonexistence), or says someone made
 *   up or spread it as a falsehood ("X was charged with spreading a hoax about …", "X admitted lying about …", "Die
 *   Geschichte ist frei erfunden"; StanceWords.fabrication);
 * - its verdict is a verb of denial ("The club denied the report", "La mairie a démenti l'information"; StanceCue.denial);
 * - the one it tells of admits what a debunk word calls it ("The man admitted the post was a joke"; StanceWords.admission
 *   beside a debunk cue);
 * - it negates what it tells of, and its statements are a debunk (`told.debunk`): "The mayor was NOT hurt in any
 *   accident", said beside "false reports that the mayor had died", is the other side of the story those reports tell.
 *   A negated statement that calls nothing false ("The mayor did not resign on Tuesday") is news, not a denial;
 * - it is someone's word that negates, printed only by articles that call a story false (`told.answer`): the accused's
 *   or an official's answer to the story those debunks tell ("Rui Lemos said the club never sold tickets for that match",
 *   "We know of no plan to close the harbour"). The same words in news that calls nothing false stay a claim.
 * Said only where nothing else in the wording judges it: another debunk cue ("The claim that the boy never existed is
 * false"), a question, a negation narrowed to a form or a time, or a denial in the words that name a source leave the
 * claim as it is read today.
 */
export function isDenialClaim(wording: string, language: string, sourceSpans: readonly { start: number; end: number }[] = [], told: DenialTelling = {}): boolean {
  const own = stanceWordsFor(language);
  if (!own || QUESTION.test(wording.trim())) return false;
  const inSource = (h: { start: number; end: number }): boolean => sourceSpans.some((x) => overlaps(x, h));
  const negates = (c: CueHit): boolean => negationCues(c.text, language).length > 0;
  const cues = debunkCues(wording, language);
  const denials = [...hits(wording, own, "nonexistence"), ...hits(wording, own, "fabrication")].filter((h) => !inSource(h));
  // Every debunk cue of the wording is the denial itself ("no existe", "never existed"), or a negation.
  if (denials.length > 0) return cues.every((c) => denials.some((d) => overlaps(d, c)) || negates(c));
  const ownCues = cues.filter((c) => !inSource(c));
  // A verb of denial is the wording's verdict: every cue of it is one, or a negation ("denied it had never …").
  if (ownCues.some((c) => isDenial(c, language))) return cues.every((c) => isDenial(c, language) || negates(c));
  // The claimant's admission of what a debunk word calls the story ("admitted the post was a prank").
  if (ownCues.length > 0 && hits(wording, own, "admission").some((h) => !inSource(h))) return true;
  if (cues.some((c) => !negates(c)) || narrowsNegation(wording, language)) return false;
  // A negation of what the claim tells, told by statements that call something false around it.
  if (told.debunk === true) return negationCues(wording, language, sourceSpans).length > 0;
  // Someone's word that only debunks print, answering their story with a negation.
  return told.answer !== undefined && answersWithNegation(told.answer, wording, language);
}

/** The withdrawal cues of a text (StanceWords.withdrawal) less those a negation just before cancels. */
function withdrawals(text: string, language: string): CueHit[] {
  const own = stanceWordsFor(language);
  if (!own?.withdrawal) return [];
  return hits(text, own, "withdrawal").filter((h) => !cancelledByNegation(text, h.start, own));
}

/**
 * Whether a claim's sentence (its representative statement whole: the German perfect puts the verb at the end of a
 * clause its label may cut) tells that those who published a report took it back ("The Gazette apologised for its report
 * on a riot", "hat sich für ihre Berichterstattung über … entschuldigt", "a retiré son article"; StanceWords.withdrawal).
 * Such a claim is the denial of the story the report told: an article stating it reports that story false. Not a
 * question.
 */
export function isWithdrawalClaim(sentence: string, language: string): boolean {
  return !QUESTION.test(sentence.trim()) && withdrawals(sentence, language).length > 0;
}

/** One claim as carried by that article. */
export interface StanceClaim {
  /** The article's statements of the claim (offsets into the body; a headline has start = end = -1). */
  statements: readonly TextSpan[];
  /** The claim is itself a debunk: its debunk words are its content. */
  debunk: boolean;
  /** The claim's representative wording is negated ("X did not resign"). */
  negated: boolean;
  /** The claim tells that a report was taken back by those who published it (isWithdrawalClaim): a denial of its story. */
  withdrawal?: boolean;
  /** What the claim says (its representative's main clause): a negation in a statement counts only where what it negates is in it. */
  wording?: string;
  /** The figures other articles' statements of the claim give ("480", as terms.ts figuresIn writes them): a negation of one denies what the claim says. */
  figures?: ReadonlySet<string>;
  /**
   * Of a claim that is a denial (isDenialClaim), the words other articles' statements of it negate (negatedWords: "non è
   * crollato" gives "crollato"): an article that tells one of them plainly, calling nothing false anywhere, tells the story the
   * denial denies.
   */
  denied?: ReadonlySet<string>;
}

/** The stance read, with the words it rests on (offsets into the body; start = end = -1 for the headline). */
export interface StanceReading {
  stance: Stance;
  /** "stance.declared_satire", "stance.headline_cue", "stance.near_cue", "stance.verdict_label", "stance.misattributed", "stance.lead_cue", "stance.negates", "stance.negates_restated", "stance.negates_figure", "stance.debunk_claim", "stance.debunk_claim_plain", "stance.tells_denied", "stance.debunks_denied", "stance.question", "stance.question_answered", "stance.asserted_lead", "stance.asserted", "stance.corrects", "stance.hedged", "stance.hedged_debunked", "stance.relayed", "stance.relayed_debunked", "stance.retracted", "stance.quoted_denied", "stance.beside_debunk", "stance.quoted_passage"; provenance.ts adds "stance.other_figure" (presented as true with another figure) and "stance.later_count". */
  rule: string;
  confidence: number;
  evidence: TextSpan[];
  /**
   * Read past headline or lead cues that judge another story than this claim's (stance.beside_debunk, or a question,
   * hedge or relay after them): what those cues would say if they judged it. Where another article of the case calls
   * the claim false, they do: the story the article debunks is this claim (provenance.ts).
   */
  unscoped?: StanceReading;
}

/** A statement restating the claim with a negation: the claim must have this many content words, and the statement this share of them. */
const RESTATED_MIN_WORDS = 3;
const RESTATED_SHARE = 0.8;

/** Whether a statement repeats most of the claim's content words (`claimed`, stemmed): it restates the claim. */
function restates(text: string, claimed: ReadonlySet<string>): boolean {
  const said = new Set(contentWords(text).map(contentStem));
  return [...claimed].filter((w) => said.has(w)).length >= RESTATED_SHARE * claimed.size;
}

/** Words between a contrast and the negation it opens ("but nobody", "ma nessuno", "aber niemand"). */
const CONTRAST_GAP = 1;

/** Each language's contrast words (StanceWords.contrast) at the end of a text, up to CONTRAST_GAP words before where it ends; made once. */
const contrastBefore = perLanguage((words: StanceWords) =>
  words.contrast ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${patternFor(words, "contrast").source})(?![\\p{L}\\p{N}])(?:\\s+[\\p{L}\\p{N}'’-]+){0,${CONTRAST_GAP}}\\s+$`, "iu") : undefined,
);

/**
 * Whether a claim's representative statement negates what it says. Every negation of the sentence counts (a "not"
 * anywhere may turn it: "The ferry, officials say, will not run") except one that opens a clause of contrast right
 * after a contrast word and negates words of its own, none of the claim's wording ("X owns three hotels, but nobody
 * mentions it", "…, ma nessuno lo dice"): the sentence affirms the claim, then says something else. Negations in
 * `sourceSpans` describe a source.
 */
export function negatesClaim(text: string, wording: string, language: string, sourceSpans: readonly { start: number; end: number }[] = []): boolean {
  const found = negationCues(text, language, sourceSpans);
  if (found.length === 0) return false;
  const own = stanceWordsFor(language);
  const contrast = own ? contrastBefore(own) : undefined;
  if (!contrast) return true;
  const claimed = new Set(contentWords(wording).map(contentStem));
  return found.some((hit) => {
    if (!contrast.test(text.slice(0, hit.start))) return true;
    // What it negates must be words of its own ("but it is not" negates the claim it turns against).
    const negated = contentWords(negatedClause(afterNegation(text, hit))).slice(0, NEGATED_WORDS);
    return negated.length === 0 || negated.some((w) => claimed.has(contentStem(w)));
  });
}

/** Content words after a negation that say what it negates ("has NOT endorsed Trump", "aucun blessé"). */
const NEGATED_WORDS = 3;

/**
 * Whether a negation in a statement is about the claim: one of the few content words after it starts like a content word
 * of the claim's wording (`claimed`, stemmed: "No, the mayor has NOT resigned" of "The mayor resigned"; not "aucun
 * blessé" of "L'incendie a été maîtrisé"). Without a wording, every negation is.
 */
function negatesWording(text: string, hit: TextSpan, claimed: ReadonlySet<string> | undefined): boolean {
  if (claimed === undefined) return true;
  return contentWords(negatedClause(afterNegation(text, hit))).slice(0, NEGATED_WORDS).some((w) => claimed.has(contentStem(w)));
}

/**
 * The words each negation of a text negates (stemmed): the first few content words of its clause ("Die Brücke ist nicht
 * eingestürzt" gives "eingestürzt"). A negation in the words that name a source (`sourceSpans`) negates none.
 */
export function negatedWords(text: string, language: string, sourceSpans: readonly { start: number; end: number }[] = []): string[] {
  return negationCues(text, language, sourceSpans).flatMap((hit) => contentWords(negatedClause(afterNegation(text, hit))).slice(0, NEGATED_WORDS).map(contentStem));
}

/**
 * The words a negation negates within its own clause: up to the first comma, colon, semicolon or dash where a content
 * word comes before it ("not true, we are all alive" negates "true", not what the next clause tells); the whole rest
 * where none does ("not, as far as we know, resigned").
 */
function negatedClause(after: string): string {
  const close = after.search(/[,;:–—]/u);
  return close >= 0 && contentWords(after.slice(0, close)).length > 0 ? after.slice(0, close) : after;
}

/**
 * The words a negation may negate: the rest of the text, or, for a negation inside quoted words (a title, someone's
 * words: "the poem “Why Do You Not Write”, posted by the ministry"), only the rest of those words. The words after the
 * closing mark are the writer's, and a negation in a title says nothing of them.
 */
function afterNegation(text: string, hit: { start: number; end: number }): string {
  for (const m of allMatches(QUOTED, text)) {
    const inner = m.groups?.inner ?? "";
    const from = m.index + m[0].indexOf(inner);
    if (from <= hit.start && hit.end <= from + inner.length) return text.slice(hit.end, from + inner.length);
  }
  return text.slice(hit.end);
}

/** Words after a negation that still say what it negates ("never confirmed the 480 Wh/kg figure"; not "has not said when the 480 …"). */
const NEGATED_FIGURE_WORDS = 3;

/** Whether a negation's clause, within its first few words, gives one of the claim's figures. */
function negatesFigure(text: string, hit: TextSpan, figures: ReadonlySet<string> | undefined): boolean {
  if (figures === undefined || figures.size === 0) return false;
  const clause = afterNegation(text, hit).split(/[,;:.!?](?:\s|$)/u)[0] ?? "";
  const reach = clause.split(/\s+/u).filter(Boolean).slice(0, NEGATED_FIGURE_WORDS).join(" ");
  return [...figuresIn(reach)].some((f) => figures.has(f));
}

const QUESTION = /\?["”’»)]?\s*$/u;

/**
 * Whether the article's own statements of a negated claim carry the negation. A claim is a denial as its representative
 * words put it, and those may be another article's: a quotation "… a luxury the country can no longer afford" labels the
 * claim, while a fact-check's statement of it ("A screenshot says the minister banned barbecues") denies nothing, and
 * its verdict ("FALSO.", "Es falso que …") is about the claim, not about a denial it would be asserting. A headline alone
 * (no statement in the body) is read as the claim is.
 */
function deniesInOwnWords(article: StanceArticle, inBody: readonly TextSpan[]): boolean {
  if (inBody.length === 0) return true;
  return inBody.some((s) => statesNegation(article, s));
}

/** Whether a statement of the article negates something outside the words that name a source (a headline names none). */
function statesNegation(article: StanceArticle, s: TextSpan): boolean {
  const sources = s.start < 0 ? [] : (article.sourceSpans ?? []).map((x) => ({ start: x.start - s.start, end: x.end - s.start }));
  return negationCues(s.text, article.language, sources).length > 0;
}

/** Letters and digits of a text in small letters: what a sentence that is a cue word and nothing else ("FALSE.") reduces to. */
const bareText = (t: string): string => t.replace(/[\s\p{P}\p{S}]+/gu, "").toLowerCase();

/** A lead sentence that is a verdict word and nothing else ("FALSO.", "[FALSE]", "Rating: False" cut to its word): a label on the whole article. */
function verdictLabels(article: StanceArticle): TextSpan[] {
  return article.sentences.slice(0, LEAD_SENTENCES).flatMap((sentence) => {
    const hit = cuesOf(article, sentence.text).find((h) => bareText(h.text) === bareText(sentence.text));
    return hit ? [asEvidence(sentence, hit, false)] : [];
  });
}

/**
 * Share of a statement's content words (or of the cue sentence's, when shorter) that a headline or neighbouring sentence
 * with a debunk cue must repeat to be about the claim. A cue is about the story its sentence tells: "Russia says drone hit
 * chemical plant; Kyiv calls it fake" calls the strike fake, not "an official said 60 rescuers were working at the plant",
 * which shares only the place with it.
 */
const ABOUT_SHARE = 0.5;

/** A run of Han, kana or katakana: Chinese and Japanese write words with no space between them. */
const UNSPACED_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;
/** A word that carries meaning (a Han or katakana character in it): "決壊", "逮捕", "ダム", "市", not the particles "が", "した". */
const MEANING_WORD = /[\p{Script=Han}\p{Script=Katakana}]/u;
/** Word segmenters for unspaced runs, by language ("ja" where the run has kana, "zh" otherwise), made once. */
const segmenters = new Map<string, Intl.Segmenter>();

/**
 * The units two texts are compared by: content words (stemmed) where words are spaced, and the words of a run of Han or
 * kana as a word segmenter finds them ("ダム|決壊|デマ|で|逮捕"), where contentWords would take a whole clause for one
 * word and no two sentences would share one.
 */
function aboutUnits(text: string, unitsRead?: UnitsRead): string[] {
  const known = unitsRead?.get(text);
  if (known) return known;
  const units = contentWords(text.replace(UNSPACED_RUN, " ")).map(contentStem);
  for (const run of text.match(UNSPACED_RUN) ?? []) {
    const locale = /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(run) ? "ja" : "zh";
    let segmenter = segmenters.get(locale);
    if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: "word" })));
    for (const w of segmenter.segment(run)) if (w.isWordLike && MEANING_WORD.test(w.segment)) units.push(w.segment);
  }
  unitsRead?.set(text, units);
  return units;
}

/** A text's units less the words of its debunk cues: what it tells, not its verdict. */
function toldUnits(text: string, article: StanceArticle): Set<string> {
  const cueWords = new Set(cuesOf(article, text).flatMap((c) => aboutUnits(c.text, article.unitsRead)));
  return new Set(aboutUnits(text, article.unitsRead).filter((w) => !cueWords.has(w)));
}

/** Whether a text with a cue speaks of what one of the statements says: it repeats ABOUT_SHARE of the words of the shorter. */
function speaksOf(text: string, statements: readonly TextSpan[], article: StanceArticle): boolean {
  const said = toldUnits(text, article);
  return statements.some((s) => {
    if (s.text === text) return true;
    const stated = new Set(aboutUnits(s.text, article.unitsRead));
    const shorter = Math.min(said.size, stated.size);
    if (shorter === 0) return false;
    return [...stated].filter((w) => said.has(w)).length >= ABOUT_SHARE * shorter;
  });
}

/**
 * Whether a headline or lead sentence with a debunk cue judges a claim (its statements in this article): the sentence
 * tells no story of its own ("It is a hoax.", "FALSE"); it speaks of one of the statements (speaksOf); or a statement
 * is the headline or a lead sentence (the story the article reports on), or tells what someone said (a speech verb of the language, a quotation, a speaker's quoted words):
 * the content of the falsehood the cue names. A fact the article tells on its own word, sharing no story with the cue
 * ("The city had filed a complaint" under "Man arrested over dam hoax"), is not judged by it.
 */
function judgesClaim(article: StanceArticle, text: string, statements: readonly TextSpan[]): boolean {
  if (toldUnits(text, article).size === 0 || speaksOf(text, statements, article)) return true;
  const speech = compile(framesFor(article.language)).speechVerb;
  // A verdict told as someone's words ("Arno Pelt of the town hall told us the video is fake", "The video is fake, the
  // town hall said") judges what their words judge: the speaker's name and verb are who gave it, not a story of its own.
  const reported = reportedVerdict(text, cuesOf(article, text), speech);
  if (reported !== undefined && (toldUnits(reported, article).size === 0 || speaksOf(reported, statements, article))) return true;
  const lead = article.sentences.slice(0, LEAD_SENTENCES);
  return statements.some(
    (s) => s.start < 0 || lead.some((x) => x.start <= s.start && s.start < x.end) || s.text.search(speech) >= 0 || allMatches(QUOTED, s.text).length > 0 || (article.speakers ?? []).some((q) => overlaps(q, s)),
  );
}

/**
 * The words of a verdict given as reported speech, less who gave it: after the last speech verb before its first cue
 * ("Experts told us the video is fake" → "the video is fake"), or before the comma or dash that opens a speech clause
 * after its cues ("The video is fake, the town hall said" → "The video is fake"). Undefined where no speech verb frames
 * the cues.
 */
function reportedVerdict(text: string, cues: readonly CueHit[], speech: RegExp): string | undefined {
  const first = cues[0];
  const last = cues[cues.length - 1];
  if (!first || !last) return undefined;
  const verbs = allMatches(speech, text);
  const before = verbs.filter((m) => m.index + m[0].length <= first.start).pop();
  if (before) return text.slice(before.index + before[0].length);
  const after = verbs.find((m) => m.index >= last.end);
  if (!after) return undefined;
  const mark = text.slice(last.end, after.index).search(/,|\s[–—]\s/u);
  return mark < 0 ? undefined : text.slice(0, last.end + mark);
}

/** Share of a statement's characters that quoted words must cover for the statement to be the quotation's. */
const QUOTED_SHARE = 0.5;

/**
 * Whether a statement is mostly the words of a quotation of two sentences or more (a message or statement the article
 * reproduces, however its speaker is named): the speaker's text, not the article's own word.
 */
function inQuotedPassage(article: StanceArticle, statement: TextSpan): boolean {
  const length = statement.end - statement.start;
  if (length <= 0) return false;
  return (article.quoted ?? []).some((q) => {
    const covered = Math.min(q.end, statement.end) - Math.max(q.start, statement.start);
    if (covered < QUOTED_SHARE * length) return false;
    return SENTENCE_BREAK.test(q.text.trim()) || article.sentences.filter((x) => overlaps(x, q)).length >= 2;
  });
}

/** A sentence's end followed by the next one's capital, inside quoted words ("… in May. Tickets …"). */
const SENTENCE_BREAK = /[.!?…]["”’»]?\s+["“„«]?\p{Lu}/u;

/** Whether quoted words run over a sentence's end into the next ("Vorsicht! Teilt das mit allen!"): a passage of someone's text, not a phrase the writer marks. */
export function quotesSentences(text: string): boolean {
  return SENTENCE_BREAK.test(text.trim());
}

/** Sentences after a retraction that still belong to its correction ("… reported that the actor had died. His agent says he is alive. We regret the error."). */
const CORRECTION_SENTENCES = 2;

/** Per list of body sentences, which of them hold a retraction cue in a language: read once, not once per claim. */
const retractionCuedOf = new WeakMap<readonly TextSpan[], Map<string, readonly boolean[]>>();

/**
 * Which of the article's sentences hold a retraction cue (StanceCue.retraction). A function of the sentences and the
 * language alone, kept by the sentence list: readStance asks it for every claim an article carries, and a story a wire
 * reprints n times gives each copy n times as many claims to read.
 */
export function retractionCued(article: StanceArticle): readonly boolean[] {
  let byLanguage = retractionCuedOf.get(article.sentences);
  if (!byLanguage) retractionCuedOf.set(article.sentences, (byLanguage = new Map()));
  let cued = byLanguage.get(article.language);
  if (!cued) byLanguage.set(article.language, (cued = article.sentences.map((x) => vocabulariesFor(article.language, "debunk").some((w) => hits(x.text, w, "retraction").length > 0))));
  return cued;
}

/**
 * The article's corrections of itself (StanceCue.retraction) that speak of the claim: a sentence with a retraction cue
 * that speaks of one of its statements, with the retraction cues of the sentences of its correction after it, as the
 * sentences they stand in. A foot note that speaks of something else ("to add a comment from the agent") retracts nothing.
 */
function retractions(article: StanceArticle, statements: readonly TextSpan[]): TextSpan[] {
  const cued = retractionCued(article);
  const out: TextSpan[] = [];
  let reach = -1;
  article.sentences.forEach((x, k) => {
    if (!cued[k]) return;
    if (speaksOf(x.text, statements, article)) reach = k + CORRECTION_SENTENCES;
    if (k <= reach) out.push(x);
  });
  return out;
}

/**
 * Relay cues (StanceWords.circulation) in the sentence of a body statement of a claim or the one before it: the article
 * passes the text on as what goes around or what others claim, with the statement's sentence (`at`). None for a claim
 * stated only in the headline.
 */
function relayCues(article: StanceArticle, statement: TextSpan | undefined): { at: number; cues: TextSpan[] } {
  const own = stanceWordsFor(article.language);
  if (!own?.circulation || statement === undefined || statement.start < 0) return { at: -1, cues: [] };
  const at = article.sentences.findIndex((x) => x.start <= statement.start && statement.start < x.end);
  if (at < 0) return { at, cues: [] };
  return { at, cues: article.sentences.slice(Math.max(0, at - 1), at + 1).flatMap((s) => hits(s.text, own, "circulation").map((c) => asEvidence(s, c, false))) };
}

/**
 * An insertion in square brackets of a clause of its own ("… reported on a riot [the report has apparently been deleted
 * since, ed.], which …"): the editor's words about something else, set into the sentence.
 */
const BRACKETED_INSERTION = /\[(?:[^\][]*?\s){2,}[^\][]*\]/gu;

/** A text's cues less those inside a bracketed insertion, which qualifies its own words, not the sentence around it. */
function outsideInsertions(text: string, cues: readonly CueHit[]): CueHit[] {
  const inserted = allMatches(BRACKETED_INSERTION, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return inserted.length === 0 ? [...cues] : cues.filter((c) => !inserted.some((x) => contains(x, c)));
}

/**
 * Hedge cues (StanceWords.hedge) in a statement of a claim and the sentence after it, which says how sure the report is;
 * not those of an editor's bracketed insertion ("[the original is apparently deleted, ed.]"), which hedge that note.
 */
function hedgeCues(article: StanceArticle, statement: TextSpan | undefined): TextSpan[] {
  const own = stanceWordsFor(article.language);
  if (!own?.hedge || statement === undefined) return [];
  const hedgesIn = (text: string): CueHit[] => outsideInsertions(text, hits(text, own, "hedge"));
  if (statement.start < 0) return hedgesIn(statement.text).map((c) => asEvidence(statement, c, true));
  const i = article.sentences.findIndex((x) => x.start <= statement.start && statement.start < x.end);
  const next = i >= 0 ? article.sentences[i + 1] : undefined;
  return [statement, ...(next ? [next] : [])].flatMap((s) => hedgesIn(s.text).map((c) => asEvidence(s, c, false)));
}

/**
 * Whether a sentence with debunk cues denies a clause of its own that a statement does not tell: each negation in it
 * outside its cues negates words the statement never uses ("No, the ferry was not sold" beside "the ferry is still in
 * service"; "X did not purchase the yachts" beside "they are still for sale"). A fact check's own correction stands
 * beside its denial; the denial is about what it negates. A sentence without such a negation says nothing of its scope.
 */
function deniesOtherClause(text: string, cues: readonly { start: number; end: number }[], statement: TextSpan, language: string): boolean {
  const negations = negationCues(text, language).filter((n) => !cues.some((c) => contains(c, n)));
  if (negations.length === 0) return false;
  const said = new Set(contentWords(statement.text).map(contentStem));
  // The few words after each negation say what it negates; one of them in the statement ("did not buy the yachts"
  // beside "bought two yachts", whose verb is written otherwise) keeps the denial on it.
  return negations.every((n) => {
    const negated = contentWords(text.slice(n.end)).slice(0, NEGATED_WORDS);
    return negated.length > 0 && !negated.some((w) => said.has(contentStem(w)));
  });
}

/** Quotation marks around words a sentence quotes: "…", “…”, „…“, «…», ‘…’ (not an apostrophe inside a word). */
const QUOTED = /["“„«‘](?<inner>[^"“”„«»‘’]{8,}?)["”“»’]/gu;

/**
 * The quotation through which a statement quotes the claim rather than states it: one that holds most of the claim's
 * words (half of `claimed`; without a wording, at least RESTATED_MIN_WORDS content words).
 */
function claimQuotation(text: string, claimed: ReadonlySet<string> | undefined): string | undefined {
  return allMatches(QUOTED, text).find((m) => {
    const inner = new Set(contentWords(m.groups?.inner ?? "").map(contentStem));
    if (claimed === undefined || claimed.size === 0) return inner.size >= RESTATED_MIN_WORDS;
    return [...claimed].filter((w) => inner.has(w)).length >= 0.5 * claimed.size;
  })?.groups?.inner;
}

/** Words of four letters or more a sentence must share with a short quotation to speak of it, numbers and days included ("four-day week"). */
const SHARED_QUOTED_WORDS = 2;

function sharesWords(text: string, quotation: string): boolean {
  const words = (t: string) => new Set(t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4));
  const said = words(text);
  return [...words(quotation)].filter((w) => said.has(w)).length >= SHARED_QUOTED_WORDS;
}

/** Whether a text calls what a noun names only alleged (StanceWords.alleged: "the alleged kidnapping", "der angeblichen Entführung"). */
function allegedIn(text: string | undefined, language: string): boolean {
  const own = stanceWordsFor(language);
  if (text === undefined || !own?.alleged) return false;
  return hits(text, own, "alleged").length > 0;
}

/**
 * Whether an article tells a claim that calls its story alleged ("Der Fall der angeblichen Entführung ist aufgeklärt")
 * as the story of an invention: its own statement of the claim calls the story alleged too, and its headline, that
 * statement's sentence or a sentence next to it calls it false ("Das Mädchen, das mit der erfundenen Geschichte …").
 * Where articles tell it so (provenance.ts: two at least), the claim doubts what it tells of: a denial.
 */
export function callsAllegedInvented(article: StanceArticle, claim: StanceClaim): boolean {
  if (!allegedIn(claim.wording, article.language)) return false;
  return claim.statements.some((s) => {
    if (!allegedIn(s.text, article.language)) return false;
    const around = s.start < 0 ? article.sentences.slice(0, LEAD_SENTENCES) : sentencesAround(article, s).map((k) => article.sentences[k] as TextSpan);
    return [...(article.title ? [article.title] : []), ...around.map((x) => x.text)].some((text) => cuesOf(article, text).length > 0);
  });
}

/**
 * The article's statements of a denial claim that tell what the denial denies: each gives, outside any negation of its
 * own, a word other articles' statements of the claim negate (StanceClaim.denied: "È crollato il ponte di Varno" where
 * others write "il ponte non è crollato"). Only of an article that calls nothing false, doubtful or denied anywhere
 * (headline or body): one that does may tell the story only to answer it. None: the article does not tell it.
 */
function tellsDenied(article: StanceArticle, claim: StanceClaim): TextSpan[] {
  if (claim.denied === undefined || claim.denied.size === 0) return [];
  if ([article.title ?? "", ...article.sentences.map((x) => x.text)].some((text) => cuesOf(article, text).length > 0)) return [];
  return claim.statements.filter((s) => {
    if (negationCues(s.text, article.language).length > 0) return false;
    return contentWords(s.text).some((w) => claim.denied?.has(contentStem(w)));
  });
}


/**
 * What every step of reading a stance looks at: the article, the claim, and what is read of them once for all steps.
 * Read once per article and claim (stanceScope); the steps never change it.
 */
interface StanceScope {
  article: StanceArticle;
  claim: StanceClaim;
  /** The claim's statements in the body. */
  inBody: readonly TextSpan[];
  /** Where the claim is stated: its first statement in the body, or its headline when the body never states it. */
  stated: TextSpan[];
  /** The speakers whose quotations the claim's statements in the body hold: a denial of theirs denies what they answer, not their words. */
  speakers: readonly QuotedSpeaker[];
  /** The claim's words (its wording's content words, stemmed): what a statement must repeat to restate it. */
  claimed: ReadonlySet<string> | undefined;
  /** Where the lead's sentences (the first LEAD_SENTENCES) start. */
  leadStarts: ReadonlySet<number>;
  /** Whether a text names a source the article credits (a mention of one inside it). */
  sourced: (x: TextSpan) => boolean;
  /** Every body statement is in the words of a source the article names ("an official, Oleg Stupin, said …"). */
  reportedBySource: boolean;
  /** A denial claim the article states as a denial in its own words (deniesInOwnWords): verdicts on the whole article do not reach it. */
  deniedHere: boolean;
  /**
   * A claim whose own words call what it tells of only alleged ("Der Fall der angeblichen Entführung ist aufgeklärt"),
   * or say its report was taken back (a withdrawal claim: "The Gazette apologised for its report on a riot"), stated so
   * by this article too: it already tells that story as doubtful, and a cue beside it that calls the story invented
   * agrees with it ("apologised for its false report"), as cues around a denial do.
   */
  doubtedHere: boolean;
  /**
   * A claim the article tells as a denier's account ("has refuted such claims, saying that P"): the denials around it are
   * of the story that denier answers, not of what they offer as the truth. Read when first asked.
   */
  deniersAccount: () => boolean;
  /** The article nowhere calls anything false or doubtful (outside credited outlets' names). Read when first asked. */
  doubtsNothing: () => boolean;
  /** The bare verdict ("This is false.", "Rating: FALSE") sentence k is (-1: the headline), if it is one; read once per sentence. */
  bareAs: (k: number) => BareVerdict | undefined;
}

/** A value read when first asked, then kept: a step that never asks for it never pays for it. */
function whenAsked<T>(read: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = read();
      done = true;
    }
    return value;
  };
}

/** Where a claim is stated: its first statement in the body, or its headline when the body never states it. */
function whereStated(claim: StanceClaim): TextSpan[] {
  const inBody = claim.statements.filter((s) => s.start >= 0);
  return inBody.length > 0 ? inBody.slice(0, 1) : claim.statements.slice(0, 1).map((s) => ({ start: -1, end: -1, text: s.text }));
}

/** What the steps of readStance read of an article and a claim, read once. */
function stanceScope(article: StanceArticle, claim: StanceClaim): StanceScope {
  const inBody = claim.statements.filter((s) => s.start >= 0);
  const claimed = claim.wording === undefined ? undefined : new Set(contentWords(claim.wording).map(contentStem));
  const sourced = (x: TextSpan): boolean => (article.sources ?? []).some((src) => src.mentions.some((m) => contains(x, m)));
  const wordBoundaries = stanceWordsFor(article.language)?.wordBoundaries ?? true;
  const bareAt = new Map<number, BareVerdict | undefined>();
  const bareAs = (k: number): BareVerdict | undefined => {
    if (!bareAt.has(k)) {
      const text = k < 0 ? (article.title ?? "") : (article.sentences[k] as TextSpan).text;
      bareAt.set(k, bareVerdict(text, cuesOf(article, text), wordBoundaries));
    }
    return bareAt.get(k);
  };
  return {
    article,
    claim,
    inBody,
    stated: whereStated(claim),
    speakers: speakersOf(article, claim),
    claimed,
    leadStarts: new Set(article.sentences.slice(0, LEAD_SENTENCES).map((x) => x.start)),
    sourced,
    reportedBySource: inBody.length > 0 && inBody.every(sourced),
    deniedHere: claim.negated && deniesInOwnWords(article, inBody),
    doubtedHere:
      (allegedIn(claim.wording, article.language) && claim.statements.some((s) => allegedIn(s.text, article.language))) ||
      (claim.withdrawal === true && claim.statements.some((s) => withdrawals(s.text, article.language).length > 0)),
    deniersAccount: whenAsked(
      () =>
        !claim.negated &&
        inBody.some((s) => {
          const sentence = article.sentences.find((x) => x.start <= s.start && s.start < x.end);
          return sentence !== undefined && toldAsDeniersAccount(article, sentence, claimed);
        }),
    ),
    doubtsNothing: whenAsked(() => article.sentences.every((x) => cuesOutsideNames(article, x).length === 0)),
    bareAs,
  };
}

/**
 * Headline and lead cues that judge another story than the claim's (judgesClaim): the article debunks something and
 * tells this claim beside it on its own word. Not evidence that the claim is false, nor that the article vouches for it.
 * `unscoped` keeps what those cues would say if they judged this claim: where another article of the case calls the
 * claim false, the debunk is this claim's too (provenance.ts).
 */
interface BesideDebunk {
  evidence: readonly TextSpan[];
  unscoped?: StanceReading;
}

/** What a step of readStance gives: a reading, which decides; cues judging another story, carried to the steps after it; or nothing. */
type StanceStep = StanceReading | { beside: BesideDebunk } | undefined;

/** One step of readStance, named after the rules it reads. */
type StanceReader = (scope: StanceScope, beside: BesideDebunk) => StanceStep;

/** A reading past cues that judge another story, with what those cues would say of this claim (BesideDebunk.unscoped). */
function besideDebunk(reading: StanceReading, beside: BesideDebunk): StanceReading {
  return beside.unscoped ? { ...reading, unscoped: beside.unscoped } : reading;
}

/** A site that declares all it prints satire presents no claim as news, whatever the article's own words (stance.declared_satire). */
function declaredSatire(notice: string): StanceReading {
  return { stance: "false", rule: "stance.declared_satire", confidence: 0.9, evidence: [{ start: -1, end: -1, text: notice }] };
}

/**
 * A claim that is itself a debunk ("It is false that X") is made by the articles whose statements of it carry the
 * debunk words (stance.debunk_claim), and, of a negated one ("No, X did not die"), by those whose statements negate
 * too. One that states X in its own words (grouped with it by the words they share) does not make it: where it calls X
 * false itself it agrees; otherwise it only mentions it (stance.debunk_claim_plain). Not
 * "false": a claim whose topic is fakes ("Fake news outperformed real news") is taken for a debunk by its words, and a
 * plain telling of it contradicts nothing; only one that tells what the denial denies does (stance.tells_denied).
 */
function readDebunkClaim(article: StanceArticle, claim: StanceClaim): StanceReading {
  if (claim.statements.some((s) => cuesOf(article, s.text).length > 0)) return { stance: "true", rule: "stance.debunk_claim", confidence: 0.6, evidence: whereStated(claim) };
  const plain = readStance(article, { ...claim, debunk: false });
  // A statement that negates, as the claim's wording does, tells the denial in words of its own ("How the Harlow mayor
  // did not resign" beside "No, the Harlow mayor has not resigned"), not the story the claim calls false: it makes it.
  if (plain.stance === "true" && claim.negated && claim.statements.some((s) => negatesClaim(s.text, claim.wording ?? s.text, article.language))) {
    return { stance: "true", rule: "stance.debunk_claim", confidence: 0.6, evidence: whereStated(claim) };
  }
  const toldDenied = plain.stance === "true" ? tellsDenied(article, claim) : [];
  if (toldDenied.length > 0) return { stance: "false", rule: "stance.tells_denied", confidence: 0.6, evidence: toldDenied };
  const agreeing = (r: StanceReading): StanceReading => ({ stance: r.stance === "false" ? "true" : "mentions", rule: "stance.debunk_claim_plain", confidence: Math.min(r.confidence, 0.6), evidence: r.evidence });
  return { ...agreeing(plain), ...(plain.unscoped ? { unscoped: agreeing(plain.unscoped) } : {}) };
}

/**
 * A claim that is itself a denial ("The university has not conducted any such study") is what a debunk asserts: the
 * cues around it (a headline's "false claims", the next sentence's "satirical") call false what it denies, not it.
 * Only a cue in its own words reports it false ("The claim that it has not been tested is false": stance.near_cue).
 * A denial in the name of the person the claim's statements quote is theirs: it denies what they answer, not their words.
 * A cue that is itself a negation ("Toby no existe", "never existed", "не существует") is the denial the claim makes
 * in other words: it states the claim ("Jamás hubo un niño llamado Toby"), it does not call it false. Nor does the
 * denial verb of the person the statement quotes ("A spokeswoman denied the story, telling …: “We are not …”"): their
 * words are the denial, not what it denies.
 * …or words around it that deny it was said at all ("She did not say that.", "Rating: ALTERED": stance.misattributed),
 * which deny a quotation whatever it says, "not" or no "not". Not a claim worded as the denial itself, told in the
 * writer's words with no quotation ("She has made clear she never said the sentence", beside "the mayor's supposed
 * quotation"): that is the record set straight, not a quotation they deny.
 */
const deniedInOwnWords: StanceReader = ({ article, claim, speakers }) => {
  if (!claim.negated) return undefined;
  const verdicts = (s: TextSpan): TextSpan[] =>
    withoutOwnDenial(article, speakers, s, cuesOf(article, s.text), s.start < 0)
      .filter((c) => negationCues(c.text, article.language).length === 0)
      .map((c) => asEvidence(s, c, s.start < 0));
  // Of a denial, a statement that calls false what it tells without the denial's negation ("É falso que o clube
  // vendeu …" grouped with "the club never sold …") judges the story the denial denies: it agrees with it.
  const onStory = (s: TextSpan): boolean => claim.denied !== undefined && !statesNegation(article, s);
  const own = claim.statements.filter((s) => !onStory(s)).flatMap(verdicts);
  if (own.length > 0) return { stance: "false", rule: "stance.near_cue", confidence: 0.8, evidence: own };
  const agreeing = claim.statements.filter(onStory).flatMap(verdicts);
  if (agreeing.length > 0) return { stance: "true", rule: "stance.debunks_denied", confidence: 0.7, evidence: agreeing };
  const quotes = claim.statements.some((s) => allMatches(QUOTED, s.text).length > 0 || (s.start >= 0 && (article.quoted ?? []).some((q) => overlaps(q, s))));
  const deniedAsWorded = claim.wording !== undefined && negationCues(claim.wording, article.language).length > 0;
  const denied = quotes || !deniedAsWorded ? saidDenials(article, claim) : [];
  if (denied.length > 0) return { stance: "false", rule: "stance.misattributed", confidence: 0.8, evidence: denied };
  return undefined;
};

/**
 * An article that retracts the claim in a correction of its own ("An earlier version of this article reported that the
 * actor had died. We regret the error.") reports it false, wherever the correction stands (stance.retracted).
 */
const retracted: StanceReader = ({ article, claim }) => {
  const found = claim.negated ? [] : retractions(article, claim.statements);
  return found.length > 0 ? { stance: "false", rule: "stance.retracted", confidence: 0.85, evidence: found } : undefined;
};

/**
 * A statement of the claim that sets the record straight ("What she actually said was …") is what even a debunk gives
 * as true: its headline calls false the version it corrects, not this one (stance.corrects).
 */
const correctsRecord: StanceReader = ({ article, inBody, claimed }) => {
  const corrected = corrections(article, inBody, claimed);
  return corrected.length > 0 ? { stance: "true", rule: "stance.corrects", confidence: 0.7, evidence: corrected } : undefined;
};

/**
 * A cue is about the story its sentence tells: where a lead sentence that is not a statement of the claim tells the
 * headline's story and the claim's statements do not ("Russia says drone hit chemical plant; Kyiv calls it fake" over
 * "Russian authorities said a drone had struck the plant" and "An official said 60 rescuers were working at the plant"),
 * the headline's cue is that story's, not this claim's. So for a fact the article states on its own word beside the
 * story it debunks ("Man arrested over crocodile hoax" over "Police arrested a man for posting that a crocodile had
 * escaped. … The zoo received 80 calls."): the headline calls the crocodile false, not the calls.
 */
function aboutAnother({ article, claim }: StanceScope, text: string): boolean {
  return (
    !speaksOf(text, claim.statements, article) &&
    article.sentences.slice(0, LEAD_SENTENCES).some((x) => !claim.statements.some((s) => s.start === x.start) && speaksOf(text, [x], article))
  );
}

/**
 * Whether the cues of sentence k (-1: the headline) are a bare verdict ("This is false.", "Rating: FALSE") on another
 * story than the statements': a bare verdict is about the story before it or the lead's story (stance/verdictScope.ts),
 * and does not reach what a check states after that story, in other words, as its own finding. Never when a statement
 * is in that sentence: a claim stated as "It is a hoax." keeps its own cue.
 */
function offTarget({ article, bareAs }: StanceScope, k: number, statements: readonly TextSpan[]): boolean {
  const sentence = article.sentences[k];
  if (sentence && statements.some((s) => sentence.start <= s.start && s.start < sentence.end)) return false;
  const targets = verdictTargets(k, bareAs, Math.min(LEAD_SENTENCES, article.sentences.length));
  return targets !== undefined && !verdictReaches(targets, article.sentences, statements, (text, about) => speaksOf(text, about, article));
}

/**
 * The headline's cues (stance.headline_cue), where it judges the claim; a verdict on the whole article calls the claim
 * false unless the article itself states the claim as a denial (deniedHere) or as alleged (doubtedHere). Cues that judge
 * another story are carried beside it.
 */
const headlineCue: StanceReader = (scope) => {
  const { article, claim, inBody, speakers } = scope;
  if (!article.title || scope.deniedHere || scope.doubtedHere) return undefined;
  const title = { start: -1, end: -1, text: article.title };
  const cues = verdictCues(article.title, withoutOwnDenial(article, speakers, title, cuesOf(article, article.title), true), claim.statements, article.language);
  // A headline that denies a clause of its own ("No, the ferry was not sold") and is itself grouped with the claim as
  // one of its statements says what the claim says (a check's correction, "the ferry is still in service"): its cue
  // answers the rumour, and reaches the claim only where a statement in the body tells what it negates.
  const stated = claim.statements.some((s) => s.start < 0 && s.text === article.title);
  const deniesOther = stated && inBody.length > 0 && inBody.every((s) => deniesOtherClause(article.title ?? "", cues, s, article.language));
  if (cues.length === 0 || deniesOther || aboutAnother(scope, article.title) || offTarget(scope, -1, claim.statements)) return undefined;
  const evidence = cues.map((c) => asEvidence({ start: -1, end: -1, text: article.title ?? "" }, c, true));
  const reading: StanceReading = { stance: "false", rule: "stance.headline_cue", confidence: 0.85, evidence };
  if (judgesClaim(article, article.title, claim.statements)) return reading;
  return { beside: { evidence, unscoped: reading } };
};

/** A lead sentence that is a verdict word alone ("FALSO.") labels the whole article: it calls a denial claim false unless the article states the denial itself (stance.verdict_label). */
const verdictLabel: StanceReader = ({ article, claim, deniedHere }) => {
  if (!claim.negated || deniedHere) return undefined;
  const labels = verdictLabels(article);
  return labels.length > 0 ? { stance: "false", rule: "stance.verdict_label", confidence: 0.85, evidence: labels } : undefined;
};

/**
 * The verdict cues of body sentence k on the statements `about`. A speaker's verdict is on the report they answer, not
 * on their own words beside it (before them, or in their sentence after it). A topic cue ("Prozess um Fake-News")
 * judges only the statements it reaches (topicReaches). A cue that points back ("Diese Lügen wurden verbreitet.")
 * judges what was told before it, not statements after it (`ahead`).
 */
function cuesIn(scope: StanceScope, k: number, about: readonly TextSpan[], ahead = false): TextSpan[] {
  const { article, speakers, claimed } = scope;
  const sentence = article.sentences[k] as TextSpan;
  const stated = about.some((s) => s.start >= 0 && overlaps(s, sentence));
  const cues = withoutOwnDenial(article, speakers, sentence, cuesOutsideNames(article, sentence), false).filter(
    (c) => !speakersOwnVerdict(article, sentence, c, about) && !(stated && verdictBeforeOwnClause(article, sentence, c, claimed)),
  );
  const answered = scope.deniersAccount() ? cues.filter((c) => !isDenial(c, article.language)) : cues;
  const reaching = ahead ? answered.filter((c) => !pointsBack(sentence.text, c, article.language)) : answered;
  return verdictCues(sentence.text, reaching, about, article.language).map((c) => asEvidence(sentence, c, false));
}

/** Whether body sentence k is a cue word and nothing else ("FALSE."): a bare verdict looks at no sentence in particular. */
function cueAlone(article: StanceArticle, sentence: TextSpan): boolean {
  return cuesOf(article, sentence.text).some((h) => bareText(h.text) === bareText(sentence.text));
}

/**
 * A cue in a sentence that does not speak of the claim, after one that tells another story, looks back at that story
 * ("… had struck the plant. Ukraine called the report fake. An official said 60 rescuers were working at the plant."),
 * where the claim is stated in the words of a source the article names; a bare verdict ("FALSE.") looks at none.
 */
function looksBack({ article, claim, reportedBySource }: StanceScope, k: number, about: readonly TextSpan[]): boolean {
  const sentence = article.sentences[k] as TextSpan;
  const before = article.sentences[k - 1];
  if (!reportedBySource || !before || claim.statements.some((s) => s.start === before.start || s.start === sentence.start)) return false;
  if (cueAlone(article, sentence)) return false;
  return !speaksOf(sentence.text, about, article) && !speaksOf(before.text, about, article);
}

/**
 * Whatever the statements' source, a cue whose own words speak of the sentence before it, a sentence that is not a
 * statement of the claim, and of none of the statements, is about that sentence's story ("The government has withdrawn
 * the old notes. Messages claim the new note carries a GPS chip. The chip is nowhere close to the truth.": the chip is
 * false, not the withdrawal). The shared words are the evidence; without them the cue keeps its reach.
 */
function aboutPrevious({ article, claim }: StanceScope, k: number, about: readonly TextSpan[]): boolean {
  const sentence = article.sentences[k] as TextSpan;
  const before = article.sentences[k - 1];
  if (!before || claim.statements.some((s) => s.start === before.start || s.start === sentence.start)) return false;
  if (cueAlone(article, sentence)) return false;
  return !speaksOf(sentence.text, about, article) && !speaksOf(before.text, about, article) && speaksOf(sentence.text, [before], article);
}

/** The verdict cues around one statement (NEAR_SENTENCES either side), less those about another sentence's story. */
function cuesNear(scope: StanceScope, s: TextSpan): TextSpan[] {
  const { article } = scope;
  return sentencesAround(article, s).flatMap((k) => {
    const found = cuesIn(scope, k, [s], article.sentences[k] !== undefined && (article.sentences[k] as TextSpan).end <= s.start);
    return found.length > 0 && (looksBack(scope, k, [s]) || aboutPrevious(scope, k, [s]) || offTarget(scope, k, [s])) ? [] : found;
  });
}

/**
 * The sentences around the article's statements of the claim (stance.near_cue). The first statement is where the
 * article introduces the claim: a cue there decides. Further on, cues must surround a share of the statements
 * (NEAR_SHARE): a disclaimer at the foot of a reprint does not turn the story it reprints into a debunk.
 */
const nearCue: StanceReader = (scope) => {
  const { claim, inBody } = scope;
  const ordered = claim.negated || scope.doubtedHere ? [] : [...inBody].sort((a, b) => a.start - b.start);
  const perStatement = ordered.map((s) => cuesNear(scope, s));
  const withCue = perStatement.filter((c) => c.length > 0).length;
  if ((perStatement[0]?.length ?? 0) === 0 && !(ordered.length > 0 && withCue / ordered.length >= NEAR_SHARE)) return undefined;
  const evidence = [...new Map(perStatement.flat().map((e) => [e.start, e])).values()];
  return { stance: "false", rule: "stance.near_cue", confidence: 0.8, evidence };
};

/**
 * The lead's cues (stance.lead_cue), where they judge the claim. Where the lead states the claim too, in the words of a
 * source it names, a lead cue that looks back at another story is that story's. Cues that judge another story are
 * carried beside it, with the headline's.
 */
const leadCue: StanceReader = (scope, beside) => {
  const { article, claim } = scope;
  if (claim.negated || scope.doubtedHere) return undefined;
  const lead = article.sentences.slice(0, LEAD_SENTENCES);
  const statedInLead = lead.some((x) => scope.sourced(x) && claim.statements.some((s) => s.start === x.start));
  const elsewhere: TextSpan[] = [];
  const judged = lead.flatMap((_, k) => {
    const found = cuesIn(scope, k, claim.statements, claim.statements.every((s) => s.start >= (article.sentences[k] as TextSpan).end));
    if (found.length === 0 || (statedInLead && looksBack(scope, k, claim.statements)) || aboutPrevious(scope, k, claim.statements) || offTarget(scope, k, claim.statements)) return [];
    if (judgesClaim(article, (article.sentences[k] as TextSpan).text, claim.statements)) return found;
    elsewhere.push(...found);
    return [];
  });
  if (judged.length > 0) return { stance: "false", rule: "stance.lead_cue", confidence: 0.7, evidence: judged };
  if (elsewhere.length === 0) return undefined;
  return { beside: { evidence: [...beside.evidence, ...elsewhere], unscoped: beside.unscoped ?? { stance: "false", rule: "stance.lead_cue", confidence: 0.7, evidence: elsewhere } } };
};

/** The negations in a statement of the claim that negate its words, not words naming a source; not an answer word ("No, the ferry was not sold" says no to what was asked, not to the clause after it). */
function statementNegations(article: StanceArticle, s: TextSpan): CueHit[] {
  const inStatement = s.start < 0 ? [] : (article.sourceSpans ?? []).map((x) => ({ start: x.start - s.start, end: x.end - s.start }));
  return negationCues(s.text, article.language, inStatement).filter((hit) => !/^\s*,/u.test(s.text.slice(hit.end)));
}

/** The negations of a statement that negate the claim's wording (negatesWording). */
function wordingDenials({ article, claimed }: StanceScope, s: TextSpan): CueHit[] {
  return statementNegations(article, s).filter((hit) => negatesWording(s.text, hit, claimed));
}

/** Whether a statement repeats most of a claim of some words: its "not" can only be about the claim. */
function restated({ claimed }: StanceScope, s: TextSpan): boolean {
  return claimed !== undefined && claimed.size >= RESTATED_MIN_WORDS && restates(s.text, claimed);
}

/**
 * A headline or lead statement that negates what the claim affirms ("No, the mayor has not resigned …"); deeper in the
 * body a "not" is too often about something else. One that restates the claim whole ("The lab says it never confirmed
 * that the cell reaches 480 Wh/kg": stance.negates_restated), or negates the very figure the claim gives ("never
 * confirmed the 480 Wh/kg figure": stance.negates_figure), denies what the claim says as surely as the same sentence
 * further down; a "not" beside the claim's words is a weaker reading (stance.negates).
 */
const negatedInLead: StanceReader = (scope) => {
  const { article, claim, leadStarts } = scope;
  if (claim.negated) return undefined;
  let weaker: StanceReading | undefined;
  for (const s of claim.statements.filter((x) => x.start < 0 || leadStarts.has(x.start))) {
    const neg = wordingDenials(scope, s);
    if (neg.length > 0 && restated(scope, s)) return { stance: "false", rule: "stance.negates_restated", confidence: 0.7, evidence: neg.map((c) => asEvidence(s, c, s.start < 0)) };
    const ofFigure = statementNegations(article, s).filter((hit) => negatesFigure(s.text, hit, claim.figures));
    if (ofFigure.length > 0) return { stance: "false", rule: "stance.negates_figure", confidence: 0.7, evidence: ofFigure.map((c) => asEvidence(s, c, s.start < 0)) };
    if (neg.length > 0) weaker ??= { stance: "false", rule: "stance.negates", confidence: 0.6, evidence: neg.map((c) => asEvidence(s, c, s.start < 0)) };
  }
  return weaker;
};

/**
 * A claim the lead quotes ("'Wexley to ban umbrellas' was a headline in …") right after a sentence that denies what it
 * speaks of ("An umbrella ban is not on the agenda, the town hall said"): the article quotes the words it denies, it
 * does not make them (stance.quoted_denied).
 */
const quotedDenied: StanceReader = ({ article, claim, claimed, leadStarts }) => {
  if (claim.negated) return undefined;
  for (const s of claim.statements.filter((x) => leadStarts.has(x.start))) {
    const quoted = claimQuotation(s.text, claimed);
    const i = article.sentences.findIndex((x) => x.start === s.start);
    const before = i > 0 ? (article.sentences[i - 1] as TextSpan) : undefined;
    if (quoted === undefined || !before || !(speaksOf(before.text, [s], article) || sharesWords(before.text, quoted))) continue;
    const neg = statementNegations(article, before);
    if (neg.length > 0) return { stance: "false", rule: "stance.quoted_denied", confidence: 0.6, evidence: neg.map((c) => asEvidence(before, c, false)) };
  }
  return undefined;
};

/**
 * Anywhere in the body, the claim's own sentence with a negation of it ("Walnuts are not a medicine" where the claim
 * is "Walnuts are a medicine for the heart"): the article says the opposite, whatever its position (stance.negates_restated).
 * Only a statement that repeats most of the claim's words, so a "not" about something else in a long sentence does not count.
 */
const negatesRestated: StanceReader = (scope) => {
  if (scope.claim.negated) return undefined;
  for (const s of scope.inBody) {
    if (!restated(scope, s)) continue;
    const neg = wordingDenials(scope, s);
    if (neg.length > 0) return { stance: "false", rule: "stance.negates_restated", confidence: 0.7, evidence: neg.map((c) => asEvidence(s, c, false)) };
  }
  return undefined;
};

/** The verdicts after the sentence `at` (-1: the headline) that reach the claim: they close what the article passed on before them. */
function verdictsAfter(scope: StanceScope, at: number): TextSpan[] {
  const { article, claim } = scope;
  return article.sentences.flatMap((_, k) => {
    if (k <= at) return [];
    const found = cuesIn(scope, k, claim.statements);
    return found.length > 0 && (aboutPrevious(scope, k, claim.statements) || offTarget(scope, k, claim.statements)) ? [] : found;
  });
}

/** Whether a body statement is the headline printed again as the body's first sentence (a page that opens with its title). */
function repeatsHeadline(article: StanceArticle, s: TextSpan): boolean {
  return article.title !== undefined && s.start === article.sentences[0]?.start && bareText(s.text) === bareText(article.title);
}

/**
 * Only asked ("Did the mayor resign?"), never stated: a question of one sentence takes no side (stance.question).
 * Asked in the headline alone (or in the headline the body opens with again) and answered in the body by a verdict on
 * it ("O remédio contém o vírus?" over "A notícia é falsa."): the article answers its own question
 * (stance.question_answered).
 */
const onlyAsked: StanceReader = (scope, beside) => {
  const { article, claim, stated } = scope;
  if (claim.statements.length === 0 || !claim.statements.every((s) => QUESTION.test(s.text.trim()) && !/[.!?]["”’»)]?\s+\S/u.test(s.text.trim()))) return undefined;
  const answers = claim.statements.every((s) => s.start < 0 || repeatsHeadline(article, s)) ? verdictsAfter(scope, claim.statements.some((s) => s.start >= 0) ? 0 : -1) : [];
  if (answers.length > 0) return { stance: "false", rule: "stance.question_answered", confidence: 0.6, evidence: [...stated, ...answers] };
  return besideDebunk({ stance: "mentions", rule: "stance.question", confidence: 0.5, evidence: stated }, beside);
};

/**
 * Told as only reported ("has reportedly cancelled", "aurait annulé", "… The report has not been confirmed."): passed on
 * without vouching for it (stance.hedged). A verdict further on in the body is about it as about a relayed text ("… by
 * allegedly confirming that P. … The ministry has refuted such claims"): the article reports false what it first held
 * at arm's length (stance.hedged_debunked).
 */
const hedged: StanceReader = (scope, beside) => {
  const { article, claim, stated } = scope;
  const cues = hedgeCues(article, stated[0]);
  if (cues.length === 0) return undefined;
  const first = stated[0];
  const at = first && first.start >= 0 ? article.sentences.findIndex((x) => x.start <= first.start && first.start < x.end) : -1;
  const verdicts = at >= 0 && !claim.negated ? verdictsAfter(scope, at) : [];
  if (verdicts.length > 0) return { stance: "false", rule: "stance.hedged_debunked", confidence: 0.7, evidence: [...cues, ...verdicts] };
  return besideDebunk({ stance: "mentions", rule: "stance.hedged", confidence: 0.6, evidence: cues }, beside);
};

/**
 * Relayed as what goes around or what others claim ("Un messaggio sta facendo il giro delle chat. <the message>", "Several
 * reports have claimed that …"): the article passes the text on. A verdict anywhere after it is about it, as a check's
 * "È una bufala" or "The claim is false" closes the message it showed (stance.relayed_debunked), and so does a later
 * sentence that tells the claim negated ("The council said no school will close"); with neither, the article vouches
 * for nothing (stance.relayed). Not for a denial claim: what it relays is the story it denies.
 */
const relayed: StanceReader = (scope, beside) => {
  if (scope.claim.negated) return undefined;
  const relay = relayCues(scope.article, scope.stated[0]);
  if (relay.cues.length === 0) return undefined;
  const verdicts = verdictsAfter(scope, relay.at);
  const answers = verdicts.length > 0 ? verdicts : denialsAfter(scope, relay.at);
  if (answers.length > 0) return { stance: "false", rule: "stance.relayed_debunked", confidence: 0.7, evidence: [...relay.cues, ...answers] };
  return besideDebunk({ stance: "mentions", rule: "stance.relayed", confidence: 0.5, evidence: relay.cues }, beside);
};

/**
 * The negations after the sentence `at` that deny what the claim says, in a sentence that speaks of its statements or
 * of the claim's wording and is none of them ("A message says the ferry will stop in May. … The ferry will not stop,
 * the company said."): with no verdict word, the article answers what it relayed by telling its opposite. The wording
 * counts on its own: a relaying sentence holds the relay's words too ("The news that P has hit the headlines"), which
 * the answer does not repeat.
 */
function denialsAfter(scope: StanceScope, at: number): TextSpan[] {
  const { article, claim } = scope;
  const about = claim.wording ? [...claim.statements, { start: -1, end: -1, text: claim.wording }] : claim.statements;
  return article.sentences.flatMap((x, k) => {
    if (k <= at || claim.statements.some((s) => s.start === x.start) || !speaksOf(x.text, about, article)) return [];
    return wordingDenials(scope, x).map((c) => asEvidence(x, c, false));
  });
}

/**
 * Told only in a passage the article quotes over several sentences (a message, a statement: "“The chip needs no
 * battery. It works … coin,” says the message"), in an article that doubts something: the words are the speaker's
 * text, which the article passes on (stance.quoted_passage). One that doubts nothing anywhere vouches for what it
 * reprints (a fake statement run as the speaker's news).
 */
const quotedPassage: StanceReader = (scope, beside) => {
  const { article, claim, inBody } = scope;
  if (scope.doubtsNothing() || inBody.length === 0 || inBody.length !== claim.statements.length || !inBody.every((s) => inQuotedPassage(article, s))) return undefined;
  return besideDebunk({ stance: "mentions", rule: "stance.quoted_passage", confidence: 0.5, evidence: scope.stated }, beside);
};

/** Stated in the lead of an article that nowhere doubts anything: presented as true, as surely as a cue would say it (stance.asserted_lead). */
const assertedInLead: StanceReader = (scope) => {
  const { claim, leadStarts } = scope;
  const inLead = claim.statements.some((x) => x.start < 0 || leadStarts.has(x.start));
  return inLead && scope.doubtsNothing() ? { stance: "true", rule: "stance.asserted_lead", confidence: 0.75, evidence: scope.stated } : undefined;
};

/**
 * Told beside a debunk of another story ("Man arrested over dam hoax" over "The city had filed a complaint"): the
 * article does not call it false, and what it vouches for, under a headline that calls its story a hoax, is not sure
 * enough to count it among the presenters (stance.beside_debunk).
 */
const toldBesideDebunk: StanceReader = ({ stated }, beside) =>
  beside.evidence.length > 0 ? besideDebunk({ stance: "mentions", rule: "stance.beside_debunk", confidence: 0.5, evidence: [...stated, ...beside.evidence] }, beside) : undefined;

/**
 * The steps of reading a stance, in order: the first to give a reading decides. Verdicts on the claim itself come first
 * (a denial's own words, a retraction, a correction), then the cues where a reader looks (headline, the sentences
 * around the statements, the lead), then negations of what the claim says, then how the article tells it (asked,
 * hedged, relayed, quoted); an article that does none of these presents the claim as true (stance.asserted).
 */
const STANCE_READERS: readonly StanceReader[] = [
  deniedInOwnWords,
  retracted,
  correctsRecord,
  headlineCue,
  verdictLabel,
  nearCue,
  leadCue,
  negatedInLead,
  quotedDenied,
  negatesRestated,
  onlyAsked,
  hedged,
  relayed,
  quotedPassage,
  assertedInLead,
  toldBesideDebunk,
];

/** The readings that call the claim's statements false by a verdict around them (headline, near, lead, label). */
const VERDICT_RULES: ReadonlySet<string> = new Set(["stance.headline_cue", "stance.near_cue", "stance.lead_cue", "stance.verdict_label"]);

/**
 * Of a withdrawal claim ("Valombre Info s'est excusée auprès de ses téléspectateurs"), grouped with
 * statements of the story it takes back ("the channel reported that the market had been closed …"), an article whose
 * statements tell only that story (no withdrawal word: not doubtedHere) and call it false agrees with the withdrawal,
 * as a statement calling false what a denial denies does (stance.debunks_denied).
 */
function onWithdrawnStory(scope: StanceScope, reading: StanceReading): StanceReading {
  if (scope.claim.withdrawal !== true || scope.doubtedHere || reading.stance !== "false" || !VERDICT_RULES.has(reading.rule)) return reading;
  return { stance: "true", rule: "stance.debunks_denied", confidence: Math.min(reading.confidence, 0.7), evidence: reading.evidence };
}

/** Reads the article's stance on one claim it carries. Pure. */
export function readStance(article: StanceArticle, claim: StanceClaim): StanceReading {
  if (article.satireNotice) return declaredSatire(article.satireNotice);
  if (claim.debunk) return readDebunkClaim(article, claim);
  const scope = stanceScope(article, claim);
  let beside: BesideDebunk = { evidence: [] };
  for (const read of STANCE_READERS) {
    const step = read(scope, beside);
    if (step === undefined) continue;
    if ("beside" in step) beside = step.beside;
    else return onWithdrawnStory(scope, step);
  }
  return { stance: "true", rule: "stance.asserted", confidence: 0.6, evidence: scope.stated };
}
