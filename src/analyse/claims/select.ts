/**
 * Stage 6, selection: a group is a claim when it spans two articles and is not only quoted words nor only words too
 * short to tell anything ("Thanks a lot."); each claim gets a
 * representative wording, a short label and a key; at most MAX_MAIN_CLAIMS claims are `main`, each made by a quarter
 * as many articles as the most repeated claim: the rest are minor statements, kept but not drawn.
 */
import { compareDates, type PublishedDate } from "../../core/dates.ts";
import { remember, textKey } from "../../core/memo.ts";
import { slugify } from "../../core/text.ts";
import { isReportingVerb, predicateOf } from "../lexicon.ts";
import { DEBUNK_CLAIM_SHARE, debunkCues, negationCues } from "../stance.ts";
import { contentStem, contentWords, shortLabel, withoutAttributionOpening, withoutClosingCredit, withoutClosingSpeechVerb, withoutCreditClauses, withoutPictureCredit } from "./label.ts";
import { mainClause, type MainClause } from "./mainClause.ts";
import { mainLanguage, signature } from "./signature.ts";
import { asserts, twoStoryStatements } from "./stars.ts";
import { tellsNoClaim } from "./statements.ts";
import { asksOnly } from "./noProposition.ts";
import { MAIN_SHARE, MAX_MAIN_CLAIMS, NAMED_LABEL_WEIGHT } from "./thresholds.ts";
import type { ClaimGroup, Group, Statement, StatementLinks } from "./types.ts";

/**
 * The predicate group of each content word of a statement's main clause (undefined for a word of none), kept between
 * runs of a case (core/memo.ts) by the text: a claim's members are weighed again on every run.
 */
function clausePredicates(text: string): readonly (string | undefined)[] {
  return remember("clausePredicates", textKey(text), () => contentWords(shortLabel(text)).map(predicateOf));
}

/** Orders article ids by publication date, then by id. */
type ArticleOrder = (a: string, b: string) => number;

/**
 * What the choice of a representative reads of one statement, each a function of its text and language alone, read once
 * per text in a selection (the parse, its debunk or negation words, its clause's predicates): the members of a claim a
 * wire story is reprinted in print most sentences word for word, and every claim was reading each copy again.
 */
interface StatementReads {
  grammar: (i: number) => MainClause;
  debunking: (i: number) => boolean;
  /** The statement carries a debunk word (not only a negation). */
  callsFalse: (i: number) => boolean;
  tellingWords: (i: number) => ReadonlySet<string>;
  clausePredicates: (i: number) => readonly (string | undefined)[];
  twoStories: ReadonlySet<number>;
}

/** Per-text results of `read` for the statements of a selection, by language and text. */
function perText<T>(statements: readonly Statement[], read: (text: string, language: string) => T): (i: number) => T {
  const found = new Map<string, T>();
  return (i) => {
    const { span, language } = statements[i] as Statement;
    const key = `${language}\u0000${span.text}`;
    if (found.has(key)) return found.get(key) as T;
    const value = read(span.text, language);
    found.set(key, value);
    return value;
  };
}

/**
 * The representative: an assertion (not a condition, a question or a verbless line) in the claim's main language, that
 * tells the claim rather than calls it false (unless most of its statements do, other than those printing a plain telling
 * of it to judge it: a debunk is its own claim), whose main
 * clause names the claim's predicate and its names, best connected, earliest; and, among those of equal weight, one
 * that stands alone ("A study found …" rather than "This is what a study found").
 */
function representative(g: Group, statements: readonly Statement[], links: StatementLinks, byDate: ArticleOrder, reads: StatementReads): number {
  const { grammar, twoStories } = reads;
  const { members } = g;
  const predicateCounts = new Map<string, number>();
  for (const i of members) for (const p of (statements[i] as Statement).predicates) predicateCounts.set(p, (predicateCounts.get(p) ?? 0) + 1);
  const claimPredicate = [...predicateCounts].sort((a, b) => b[1] - a[1])[0]?.[0];
  // Names and numbers most of the claim's articles use: a label that names them says whom the claim is about.
  const anchors = signature(g, statements, "anchors");
  const language = mainLanguage(g, statements);
  // A fact-check's sentence ("the supposed endorsement originated on a satirical site") or a denial's headline ("There
  // is no selfie tax in X, council says") labelling a claim most of its articles tell plainly would make the label say
  // the opposite of what the stances count.
  const debunking = new Set(members.filter(reads.debunking));
  // A debunk that prints a plain telling of the group to judge it ("The statement 'P' is fake" beside "P") is that
  // telling's verdict, not a claim of its own: only the other debunks make the debunk the claim. Not a statement that
  // only negates it ("P will not happen"): most of a group negating its story is a denial, the claim as they word it.
  const plain = members.filter((i) => !debunking.has(i)).map(reads.tellingWords).filter((w) => w.size >= QUOTED_TELLING_WORDS);
  const ownDebunks = [...debunking].filter((i) => !reads.callsFalse(i) || !plain.some((told) => printsTelling(reads.tellingWords(i), told))).length;
  const debunkClaim = ownDebunks / Math.max(1, members.length) >= DEBUNK_CLAIM_SHARE;
  // The criteria in order of weight: saying something (not only who said the words before it), language, telling
  // rather than debunking, predicate in the main clause, assertion
  // (the weight class); then names, links and the centre break ties.
  const weightClass = (i: number) => {
    const st = statements[i] as Statement;
    const clauseHasPredicate = reads.clausePredicates(i).includes(claimPredicate);
    // A statement that tells this claim and another one ("Police arrested nine, and two women were later strip-searched")
    // labels neither: the label would tell the other story too.
    const oneStory = twoStories.has(i) ? 0 : 25;
    return (st.saysOnlyWho ? 0 : 800) + (st.language === language ? 400 : 0) + (debunkClaim || !debunking.has(i) ? 200 : 0) + (clauseHasPredicate ? 100 : 0) + (st.verbless ? 0 : asserts(st)) * 50 + oneStory;
  };
  const tieBreak = (i: number) => {
    let named = 0;
    for (const a of (statements[i] as Statement).anchors) named += anchors.get(a) ?? 0;
    return NAMED_LABEL_WEIGHT * named + (links[i]?.size ?? 0) + (i === members[0] ? 0.5 : 0);
  };
  // Scored once per statement, not once per comparison: a claim a wire story prints n times has n members, and the
  // score reads each statement's clause words.
  const classes = new Map(members.map((i) => [i, weightClass(i)]));
  const scores = new Map(members.map((i) => [i, (classes.get(i) as number) + tieBreak(i)]));
  const ranked = [...members].sort((x, y) => (scores.get(y) as number) - (scores.get(x) as number) || byDate((statements[x] as Statement).article, (statements[y] as Statement).article));
  const best = ranked[0] ?? (members[0] as number);
  // Each grammar check is a parse: only the first few of the best's class are read.
  const sameClass = ranked.filter((i) => classes.get(i) === classes.get(best)).slice(0, STANDALONE_CANDIDATES);
  return sameClass.find((i) => !grammar(i).anaphoric) ?? best;
}

/** Fewest content words a plain telling needs for a debunk printing them to be taken for its verdict on it: a short line is too often repeated by chance. */
const QUOTED_TELLING_WORDS = 6;
/** Share of a plain telling's content words a debunk must print to be printing that telling. */
const QUOTED_TELLING_SHARE = 0.8;

/** A statement's content words, stemmed (contentStem), as a set. */
function tellingWordsOf(text: string): Set<string> {
  return new Set(contentWords(text).map(contentStem));
}

/** Whether a statement (its stemmed content words) prints a plain telling's words: QUOTED_TELLING_SHARE of them. */
function printsTelling(words: ReadonlySet<string>, told: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const w of told) if (words.has(w)) shared++;
  return shared >= QUOTED_TELLING_SHARE * told.size;
}

/** How many of the best-weighted statements are read for one that stands alone before the best is kept as it is. */
const STANDALONE_CANDIDATES = 8;

/** Words a credit clause's subject may have ("regional emergency official Ada Moss"), and words after its verb ("on Saturday", "in a statement"). */
const CREDIT_SUBJECT_WORDS = 8;
const CREDIT_TAIL_WORDS = 3;

/**
 * A claim's label: the main clause of its representative; from the subject on when the label would otherwise show only
 * an opening phrase ("With his handsome, round face" for "With his handsome, round face, … the leader is …").
 */
function claimLabel(statement: Statement, { subjectAt }: MainClause): string {
  const original = statement.span.text;
  // A picture credit run into the sentence ("… on Sunday Foto: Ana Berg/Agência Talbridge") says who took a picture.
  const pictured = withoutPictureCredit(original, statement.language) || original;
  // Where the speech verb closes the sentence after what was said (Japanese "…と話した。", Turkish "… dedi."), the claim
  // is the clause before it, without the speaker set off before it.
  const reported = withoutClosingSpeechVerb(pictured, statement.language);
  if (reported !== pictured) return shortLabel(reported);
  // Elsewhere a clause that only credits the sentence's source may close it. What is left is a prefix of the sentence:
  // the offsets of the credits inside it, and of its main clause's subject, stand.
  const closed = withoutClosingCredit(pictured, statement.language, statement.credits);
  // A credit set off inside the sentence goes next (offsets past it are not used below where it went).
  const inside = (statement.credits ?? []).filter((c) => c.end <= closed.length);
  const credited = inside.length > 0 ? withoutCreditClauses(closed, inside) : closed;
  const text = withoutAttributionOpening(credited, statement.language);
  if (text !== closed) return shortLabel(text);
  if (subjectAt >= text.length) return shortLabel(text);
  const label = shortLabel(text);
  const wordsIn = (s: string) => s.split(/\s+/).filter((w) => w !== "").length;
  // A clause that only says who said it ("…, our sources say.", "…, the Herald reported.", "…, regional official Ada
  // Moss said on Saturday.") is the credit, not the claim: a subject of a few words, a reporting verb and at most a
  // short tail of when or where.
  const rest = text.slice(subjectAt).replace(/[\s.!?"”’]+$/u, "").split(/\s+/u);
  const verbAt = rest.findLastIndex((w) => isReportingVerb(w));
  const creditTail = verbAt >= 0 && verbAt <= CREDIT_SUBJECT_WORDS && rest.length - 1 - verbAt <= CREDIT_TAIL_WORDS && !rest.slice(verbAt + 1).some((w) => /^that$/iu.test(w));
  return subjectAt > 0 && !creditTail && wordsIn(label) <= wordsIn(text.slice(0, subjectAt)) ? shortLabel(text.slice(subjectAt)) : label;
}

/**
 * Whether the article printing statement `i` calls it false: a debunk cue in the statement itself or in the sentence
 * next to it in the same article ('Claim: X said "…" / Rating: False. The quote is fabricated.').
 */
function reportedFalseBeside(i: number, statements: readonly Statement[]): boolean {
  const own = statements[i] as Statement;
  return [i - 1, i, i + 1].some((k) => {
    const st = statements[k];
    return st !== undefined && st.article === own.article && st.span.start >= 0 && debunkCues(st.span.text, st.language).length > 0;
  });
}

/** Fewest words (of two letters or more) a statement naming no one and giving no figure needs to tell anything a reader could check. */
const MIN_BARE_WORDS = 3;

/** Scripts that do not space their words: a word count says nothing of how much a sentence tells. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * Whether a statement is too short to tell anything: fewer than MIN_BARE_WORDS words (of a quotation closed before its
 * credit, the quoted words), no figure and no name after its first word, in a script that spaces its words. A speaker's "Thanks a lot." or "Don't be evil." printed by every
 * article that quotes the post around it is no claim a reader could check, and drawn as one it is "presented as true".
 */
function tooShortToTell(statement: Statement): boolean {
  // Quoted words closed before their credit ("Thanks a lot," he added.) are what is said; the credit says who.
  const text = statement.span.text.split(/[,.!?]\s*["“”»]|["“”»]\s*,/u)[0] ?? "";
  if (UNSPACED.test(text) || /\p{N}/u.test(text)) return false;
  // Words of two letters or more: "a" of "Thanks a lot" tells nothing more.
  const words = text.match(/[\p{L}\p{M}][\p{L}\p{M}'’-]+/gu) ?? [];
  return words.length < MIN_BARE_WORDS && !words.slice(1).some((w) => /^\p{Lu}/u.test(w));
}

/** How many articles tell a claim in words of their own: its articles less those whose every statement another article of it prints word for word. */
function ownTellings(claim: Pick<ClaimGroup, "statements" | "articles">): number {
  const wording = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  const printers = new Map<string, Set<string>>();
  for (const st of claim.statements) {
    const key = wording(st.span.text);
    (printers.get(key) ?? printers.set(key, new Set()).get(key)!).add(st.article);
  }
  return claim.articles.filter((a) => claim.statements.some((st) => st.article === a && (printers.get(wording(st.span.text))?.size ?? 0) === 1)).length;
}

/**
 * Claims from the final groups: most repeated first, the few main ones marked, keys unique. `twoStories`, when given,
 * is twoStoryStatements(statements, links), found beforehand (claims.ts finds it once for the star clustering too).
 */
export function selectClaims(
  groups: readonly Group[],
  statements: readonly Statement[],
  links: StatementLinks,
  published: ReadonlyMap<string, PublishedDate | undefined>,
  twoStories: ReadonlySet<number> = twoStoryStatements(statements, links),
): ClaimGroup[] {
  const byDate: ArticleOrder = (a, b) => compareDates(published.get(a), published.get(b)) || a.localeCompare(b);
  // Among equally good wordings the earliest: an article whose date is known before one whose date is not (an undated
  // article is not known to be early), not whichever id sorts first.
  const datedFirst: ArticleOrder = (a, b) => compareDates(published.get(a), published.get(b)) || Number(published.get(b) !== undefined) - Number(published.get(a) !== undefined) || a.localeCompare(b);
  const claims: ClaimGroup[] = [];
  // Each statement's grammar is one parse, read by the choice of representative and again by its label; kept by the
  // sentence's language and text (mainClause reads nothing else), since the articles of a claim, reprints most of all,
  // print its sentences word for word and a group may read several before one stands alone; and kept between runs of
  // a case (core/memo.ts), since an added article leaves most claims' candidates as they were.
  const grammar = perText(statements, (text, language) => remember("mainClause", `${language}\u0000${textKey(text)}`, () => mainClause(text, language)));
  // Its debunk words, else its negations: each text read once.
  const verdicts = perText(statements, (text, language) => {
    const callsFalse = debunkCues(text, language).length > 0;
    return { callsFalse, negates: !callsFalse && negationCues(text, language).length > 0 };
  });
  const reads: StatementReads = {
    grammar,
    debunking: (i) => verdicts(i).callsFalse || verdicts(i).negates,
    callsFalse: (i) => verdicts(i).callsFalse,
    tellingWords: perText(statements, (text) => tellingWordsOf(text)),
    clausePredicates: perText(statements, (text) => clausePredicates(text)),
    twoStories,
  };
  for (const g of groups) {
    const articles = [...g.articles].sort(byDate);
    if (articles.length < 2) continue;
    // Only quoted words in common: a recycled quotation (reported as such), not a claim the outlets make; or only who said
    // them. Unless an article calls the quotation false beside it: then it may be a fabricated quote, printed as news by
    // some and debunked by others, and that someone said those words is the story. Kept as a candidate (`quotedWords`):
    // provenance keeps it only where the stances show both sides.
    const quotedWords = g.members.every((i) => tellsNoClaim(statements[i] as Statement));
    if (quotedWords && !g.members.some((i) => reportedFalseBeside(i, statements))) continue;
    // Only words too short to tell anything ("Thanks a lot."): no claim.
    if (g.members.every((i) => tooShortToTell(statements[i] as Statement) || (statements[i] as Statement).saysOnlyWho)) continue;
    // Only asked, never stated ("Who could have foreseen such a turn?" in every article): a question asserts nothing.
    if (g.members.every((i) => asksOnly((statements[i] as Statement).span.text))) continue;
    const chosenAt = representative(g, statements, links, datedFirst, reads);
    const chosen = statements[chosenAt] as Statement;
    const text = chosen.span.text;
    const label = claimLabel(chosen, grammar(chosenAt));
    claims.push({
      key: `claim:${slugify(label.split(/\s+/).slice(0, 10).join(" ")).slice(0, 60)}`,
      text,
      label,
      statements: g.members.map((i) => ({ article: (statements[i] as Statement).article, span: (statements[i] as Statement).span })),
      articles,
      main: false,
      ...(quotedWords ? { quotedWords: true as const } : {}),
    });
  }
  // Among claims of as many articles, the one more of them tell in words of their own comes first: a background line
  // every article copied word for word ("The bridge was built in 1932 …") is one telling reprinted, and the statement
  // each article makes in its own words, naming the same people and figures, is the story (not where it stands).
  const tellings = new Map(claims.map((c) => [c.key, ownTellings(c)]));
  claims.sort((a, b) => b.articles.length - a.articles.length || (tellings.get(b.key) ?? 0) - (tellings.get(a.key) ?? 0) || a.key.localeCompare(b.key));
  const minMain = Math.max(2, Math.ceil((claims[0]?.articles.length ?? 0) * MAIN_SHARE));
  const seen = new Set<string>();
  return claims.map((c, k) => {
    let key = c.key;
    for (let n = 2; seen.has(key); n++) key = `${c.key}-${n}`;
    seen.add(key);
    return { ...c, key, main: k < MAX_MAIN_CLAIMS && c.articles.length >= minMain };
  });
}
