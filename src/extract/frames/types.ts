/** The shape of one language's reading data: attribution frames, speech verbs, source nouns and credit patterns, kept as data so a language can be added without code. */
import type { AttributionFrame } from "../types.ts";

/** One attribution phrase pattern. `pattern` is a regular-expression source using the language's macros ({SRC}, {END}, {DATE}); `example` must match and yield `expect` (tested). */
export interface FrameRule {
  id: string;
  frame: AttributionFrame;
  pattern: string;
  /** True when a capitalised name unknown to the registry may be taken as an outlet through this frame ("according to al-Khaleej"). */
  allowUnknown: boolean;
  /** True when the frame says the whole article is another outlet's story (syndication) rather than a citation. */
  syndication?: boolean;
  example: string;
  /** The cited name the example yields. */
  expect: string;
}

/** Everything the reading stage needs to know about one language. */
export interface LanguageFrames {
  language: string;
  /** Regex source for one capitalised name (or, in scripts without case, one name word). */
  name: string;
  /** Regex source for a date phrase as written after a frame ("on March 28", "in February"); must contain the group `date`. */
  date: string;
  /** Regex source for a descriptive reference to an outlet ("the Hong Kong-based outlet"); must be a non-capturing expression. */
  descriptor: string;
  /** Regex source that must follow a name which ends a frame: punctuation or a clause word, never a lower-case noun ("according to Iraqi officials" is not an outlet). */
  end: string;
  frames: FrameRule[];
  /** Verbs that report speech ("said", "told"): a speaker is their subject or, after a quotation, their inverted subject. */
  speechVerbs: string[];
  /** Pronouns that can stand for a speaker, by number. */
  pronouns: { singular: string[]; plural: string[] };
  /** Nouns that head an anonymous source ("source", "official"). */
  anonymousHeads: string[];
  /** Words that start a noun phrase (articles, quantifiers). */
  determiners: string[];
  /** Nouns that make an appositive a role ("a Baghdad-based terrorism expert"). */
  roleNouns: string[];
  /** Words that mark a name as an organisation rather than a person or outlet. */
  organisationCues: string[];
  /** Words that mark an unknown name as an outlet ("News", "Times", "صحيفة"). */
  outletCues: string[];
  /** Capitalised words that open sentences but are never part of a name ("However", "Yesterday"). */
  nameStopwords: string[];
  /** Photo and picture credits: a match here is never a citation. */
  photoCredits: string[];
  /** Words before a quoted stretch that make it a title ("book", "titled"). */
  titleCues: string[];
  /** Credit lines that name the outlet of record ("— Reuters", "This article first appeared in …"); group `name`. */
  creditLines: string[];
}
