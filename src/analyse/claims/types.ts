/** The types claim grouping passes from stage to stage (claims.ts runs the stages): declared once, here. */
import type { PublishedDate } from "../../core/dates.ts";
import type { TextSpan } from "../../core/spans.ts";

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
  /** The words of each credit the reading found ("riporta il quotidiano La Cronaca di Valdora"), body offsets: never a claim's label. */
  credits?: readonly { start: number; end: number }[];
  /** Sentences that credit another article of the case, with that article (the reading's citations resolved to it). */
  cites?: readonly { sentence: { start: number; end: number }; article: string }[];
}

/** A sentence of an article that asserts a claim. `span` offsets are into the body; a headline has start = end = -1. */
export interface ClaimStatement {
  article: string;
  span: TextSpan;
}

/** A claim: what several articles say, in the words of the statements it rests on. */
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
  /**
   * Every statement is a speaker's quoted words (or only who said them), and an article calls them false beside them:
   * a claim that someone said those words only where the case tells it both ways (provenance.ts keeps it then).
   */
  quotedWords?: true;
  /**
   * A story clause (claims/storyClause.ts): by article, how its statement tells the clause — as someone's
   * claim ("claim": only mentioned, unless a cue reports it false), as the object of a denial ("denial": reported false),
   * or as the claim of one the same sentence says takes it back ("retracted": reported false).
   */
  frames?: Readonly<Record<string, "claim" | "denial" | "retracted">>;
}

/** A candidate statement (stage 1): a sentence or headline with what the later stages compare. */
export interface Statement {
  article: string;
  language: string;
  span: TextSpan;
  /** Mostly inside quotation marks: the speaker's words, not the outlet's. */
  quoted: boolean;
  /** Says only who said the words before it ("Das sagte X der Zeitung Y", "That is what X told Y"), or ends on a colon announcing the words after it ("The statement read:"): no claim of its own. */
  saysOnlyWho: boolean;
  /** The sentence tells the outlet's own reporting steps ("has contacted the ministry, which has not responded"), not the story. */
  newsroomStep?: boolean;
  /** Made only of a date and names (a byline or publication stamp read as a sentence, "Kalvö, 12 October 2026"): it tells nothing, and links to no other statement. */
  onlyDateAndNames?: boolean;
  /** States no proposition: a label line ("Annonce") or an address to the reader ("Leggi e condividi", "Have a lovely weekend"; claims/noProposition.ts). Links to no other statement. */
  noProposition?: boolean;
  /** Only a verdict on what was told before it ("None of these events were true", "The emails are false"; claims/verdictOnly.ts): a stance, not a claim. Links to no other statement. */
  verdictOnly?: boolean;
  /**
   * Carries a debunk cue of its language ("denied reports that …", "… 소문은 사실무근", stance.ts debunkCues): it may
   * restate what it calls false inside a longer sentence, which links it by containment (linkPairs.ts wordsLink).
   */
  debunking?: boolean;
  /** Its own verb calls what it names false ("Die Warnung ist gefälscht"; claims/propositions.ts statesVerdict): a predicate two such statements share. */
  verdict?: boolean;
  /** Stems, character pairs and numbers (terms.ts). */
  words: ReadonlySet<string>;
  /** Names and numbers a translation keeps. */
  anchors: ReadonlySet<string>;
  /** Predicate groups and verbs: what the statement says happens. */
  predicates: ReadonlySet<string>;
  /** Places named (not people, outlets or the story's subject), normalised (names.ts). */
  names: ReadonlySet<string>;
  /** Lead: the headline or one of the body's first sentences. */
  lead: boolean;
  /** The reader found verbs in the article but none in this sentence: an address, a caption, a byline, not an assertion. */
  verbless: boolean;
  /** The credits inside this statement, offsets into its text. */
  credits?: readonly { start: number; end: number }[];
}

/** Names the case relates to each other (normalised): one place called two ways. */
export type RelatedNames = ReadonlyMap<string, ReadonlySet<string>>;

/** Links (stage 2): for each statement (by index), the statements of other articles that say the same thing. */
export type StatementLinks = readonly ReadonlySet<number>[];

/** A group of statements (stages 3–5), by index into the statements, with the articles they come from. */
export interface Group {
  members: readonly number[];
  articles: ReadonlySet<string>;
}
