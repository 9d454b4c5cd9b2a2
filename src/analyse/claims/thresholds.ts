/**
 * Every threshold of claim grouping, with why it has its value: one place to read and tune them. Stage numbers refer
 * to claims.ts.
 */

// Stage 1, statements.

/** Sentences at the head of the body that count as the lead: where an article states its story. */
export const LEAD_SENTENCES = 2;
/** A name in at least this share of articles is the story's subject (whom every claim is about), not a place. */
export const SUBJECT_SHARE = 0.6;

// Stage 2, links.

/** Minimum IDF-weighted overlap of words for two statements that share a predicate group to say the same thing. */
export const MIN_OVERLAP = 0.22;
/** Stricter overlap when one of the two names no place at all, or when they share no predicate group. */
export const MIN_OVERLAP_WITHOUT_NAMES = 0.45;
/** … and stricter still when neither names a place and they share no predicate: only their words say they agree. */
export const MIN_OVERLAP_WITHOUT_PREDICATE = MIN_OVERLAP_WITHOUT_NAMES + 0.1;
/**
 * A statement with a debunk cue links to one without when it holds this share of the other's words (IDF-weighted) and
 * overlaps it by MIN_OVERLAP: it restates the claim it calls false ("denied reports that …"). A denial of something
 * else that shares a name or two with the claim holds far less of it.
 */
export const MIN_RESTATED_SHARE = 0.6;
/** … and this many of its words: a name or a short headline ("Mayor Ada Quill?", "Can nettle tea cure colds?") inside a debunk is no claim it restates. */
export const MIN_RESTATED_WORDS = 5;
/** Across languages only names and numbers can be shared: the overlap of anchors two statements need … */
export const MIN_ANCHOR_OVERLAP = 0.5;
/** … and how many they share: one name alone is the story's topic, not the same statement. */
export const MIN_SHARED_ANCHORS = 2;
/**
 * … and how many names they share where they share no figure and only one of them is a lead (headline or first
 * sentences): two names are the story's topic too, and a background sentence further down repeats them ("The two
 * countries have disputed the river's waters since 2019") beside a headline that tells the story's news.
 */
export const MIN_SHARED_NAMES_WITH_LEAD = 3;
/** Each statement is indexed under the rarer half of its words (within these bounds): two statements that overlap enough share some of them. */
export const MIN_SIGNATURE_WORDS = 6;
export const MAX_SIGNATURE_WORDS = 12;
/** Each statement is indexed under at most this many of its rarest anchors. */
export const MAX_ANCHOR_KEYS = 4;
/** A key shared by more statements (or groups) than this is too common to tell claims apart, and would make comparing quadratic. */
export const MAX_BLOCK = 400;
/**
 * A statement probes its rarest keys until they propose this many statements: its copies and rewordings share its
 * rarest words, while its commoner keys mostly propose chance meetings (in a generated 5,000-article case, ~1,000 a
 * statement, one in a hundred linked). Bounds the comparisons to a multiple of the statements, so the stage grows
 * linearly with the case; the development cases' statements propose at most 360, below the budget.
 */
export const PROBE_BUDGET = 400;
/** … but it always probes this many of its rarest keys (of at most MAX_BLOCK statements), so a claim many articles repeat still meets its copies. */
export const ALWAYS_PROBED_KEYS = 3;
/** Two statements are compared in full only when they share this many index keys (a predicate and a rare word, or two rare words). */
export const MIN_SHARED_KEYS = 2;

// Stages 4 and 5, story merge and leads.

/** A term belongs to a group's signature when at least this share of the group's articles use it. */
export const CORE_SHARE = 0.34;
/** Story merge: two groups are one claim when their signatures overlap this much … */
export const MERGE_SIMILARITY = 0.4;
/** … and at least this share of the smaller group's articles also carry the other, unless the signatures overlap SAME_WORDING. */
export const MERGE_COOCCURRENCE = 0.5;
export const SAME_WORDING = 0.7;
/** Across languages, two groups merge (or a lead joins) when the names and numbers they share weigh this much (sum of the smaller shares). */
export const CROSS_LANGUAGE_MERGE = 0.6;
/** A group told in several languages meets another language's groups also through its tellings in each language told by this many of its articles (signature.ts tellingsOf). */
export const MIN_LANGUAGE_ARTICLES = 2;
/** A headline or lead sentence carries a claim when the signature shares of the terms it uses add up to this. */
export const LEAD_MATCH = 1.5;
/** A name used by most (this share) of a claim's articles defines it: a lead in another language that uses it carries the claim. */
export const DEFINING_SHARE = 2 / 3;
/** Rounds of joining leads and merging groups: a lead that joins one group can make two groups alike enough to merge, and a merged group draws more leads. */
export const LEAD_ROUNDS = 2;
/** Only a claim made by this many articles has a signature stable enough for leads to join it; fewer is one sentence's wording. */
export const LEAD_JOIN_MIN_ARTICLES = 4;
/**
 * A smaller claim (this many articles at least) is joined only by a lead that calls it false (a debunk cue) and shares
 * its predicate or a figure (leads.ts tellsPredicate): a debunk's headline restates the story it denies ("No, the mayor
 * did not resign") while its sentences tell the check, and would otherwise carry nothing. A plain lead sharing two words
 * with a claim of two articles is more often another story, and so is a denial sharing only its names and places.
 */
export const LEAD_JOIN_MIN_ARTICLES_DEBUNK = 2;

// Stage 6, selection.

/** How much a label gains per name or number of the claim it states (weighed by the share of the claim's articles using it). */
export const NAMED_LABEL_WEIGHT = 5;
/** At most this many claims are main: the few a reader would name, drawn by default. */
export const MAX_MAIN_CLAIMS = 8;
/**
 * A main claim is made by at least this share of the articles that make the case's most repeated claim (and by two at
 * least): fewer is a minor statement. Relative to the story, not to the case's size, so a large case still shows claims.
 */
export const MAIN_SHARE = 0.25;
