/** The shape of one language's satire notices: how a site says, in its own words, that what it prints is not news. */

/** One language's ways of declaring a site satire, humour or fiction; every fragment is case-insensitive. */
export interface SatireNoticeWords {
  /** ISO 639-1 code. */
  language: string;
  /** The third-person "to be" that joins a site to what it is ("is|are", "es|son"): the subject stands before it. */
  copula: string;
  /**
   * What a site declares itself or its stories, read anywhere in a sentence: the copula and a satire, parody, humour or
   * fiction word ("is a satirical website", "es un sitio de humor", "ist eine Satireseite").
   */
  declarations: readonly string[];
  /** A sentence that opens by calling everything the site prints fiction ("All stories are fiction", "Todas sus notas son ficticias"). */
  allStories: string;
  /** The site as the subject speaking of itself ("this site", "we"). */
  self: string;
  /** A negated copula: "We are not a satirical site" declares nothing. */
  denied: string;
  /**
   * Another's plain word for a satire site, with its determiner: standing right before a site's name ("the satirical
   * website X", "le site parodique X") or as an appositive right after it (", a satire site").
   */
  descriptor: string;
  /** Sentences of our own in which another article calls "The Weekly Quip" a satire site (a test reads every one). */
  described: readonly string[];
  /** Sentences of our own, each a site's notice about itself when the site is "The Weekly Quip" (a test reads every one). */
  examples: readonly string[];
  /** Sentences of our own that must not be read as the site's notice: about another site, or a denial. */
  notNotices: readonly string[];
}
