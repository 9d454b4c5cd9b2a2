/** What the reading of one article builds as it goes, passed to each of its steps (read.ts orders them). */
import type { OutletRegistry, OwnOutletTest } from "../core/outlets.ts";
import type { Span } from "../core/spans.ts";
import type { CitedContext } from "./cited.ts";
import type { LanguageFrames } from "./frames/types.ts";
import type { CompiledLanguage } from "./names.ts";
import type { SourceBook } from "./sources.ts";
import type { SpeakerContext, SpeechRelation } from "./speakers/index.ts";
import type { Attribution, Syndication } from "./types.ts";

/**
 * One article's text and rules, and what its reading has found so far: the sources (`book`), the speech verbs with their
 * speakers, the citations of outlets and the credits. The steps add to the lists; nothing else holds state.
 */
export interface ArticleReadingState {
  body: string;
  /** The body with quoted words blanked out (read.ts maskQuotes): frames and speakers read only the article's own voice. */
  masked: string;
  frames: LanguageFrames;
  lang: CompiledLanguage;
  /** The case's registry with the language's local names for its outlets. */
  registry: OutletRegistry;
  /** The article's own outlet, which it never cites. */
  ownKey: string;
  isOwn: OwnOutletTest;
  book: SourceBook;
  sctx: SpeakerContext;
  cctx: CitedContext;
  /** Photo credits: nothing inside one is a citation. */
  photoCredits: readonly Span[];
  /** Quotations that are a title after a title noun ("the study “X”"): never who published it. */
  namedTitles: readonly Span[];
  relations: SpeechRelation[];
  attributions: Attribution[];
  syndication: Syndication[];
}

/** Adds a credit of an outlet the article is not yet credited to; the first reading of each outlet stands. */
export function addSyndication(st: ArticleReadingState, credit: Syndication | undefined): void {
  if (credit && !st.syndication.some((x) => x.outlet === credit.outlet)) st.syndication.push(credit);
}

