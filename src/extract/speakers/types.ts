/** Speakers' types: a speech verb with its source, what a subject reader answers, and the context every reader gets. */
import type { OutletRegistry } from "../../core/outlets.ts";
import type { Span } from "../../core/spans.ts";
import type { CompiledLanguage } from "../names.ts";
import type { SourceBook, SourceEntry } from "../sources.ts";

/** A speech verb with the source it belongs to. */
export interface SpeechRelation {
  entry: SourceEntry;
  verb: Span;
  who: Span;
  /** True for "said X" (the speaker after the verb). */
  inverted: boolean;
  verbText: string;
}

/** Who a speech verb belongs to: the source, the words that name it, and a second person named with it ("X and Y said"). */
export interface Subject {
  entry: SourceEntry;
  span: Span;
  also?: SourceEntry;
}

/** Context for reading speakers in one article. */
export interface SpeakerContext {
  body: string;
  /** The body with quoted words blanked out, so a speaker's own words never yield speakers. */
  masked: string;
  lang: CompiledLanguage;
  registry: OutletRegistry;
  book: SourceBook;
  /**
   * Names (lower case) the article writes with an outlet word elsewhere ("Yeni Kuzey gazetesi", "the newspaper X":
   * cited.ts `outletEvidence`): a publication's name, never a person's or a body's, wherever else it stands. Optional.
   */
  articleOutlets?: ReadonlySet<string>;
}

/** A reading of who speaks: the subject, `null` where the words decide that no source speaks, undefined where they say nothing. */
export type SubjectReading = Subject | null | undefined;

/** A way of reading who speaks from words `T` says where, tried in an ordered list of readers (firstReading.ts). */
export type SubjectReader<T> = (input: T, ctx: SpeakerContext) => SubjectReading;

/** The text before a speech verb that its subject ends: from `from` to `end` of the masked body, and a role an appositive gave. */
export interface SubjectText {
  from: number;
  end: number;
  text: string;
  role?: string;
}
