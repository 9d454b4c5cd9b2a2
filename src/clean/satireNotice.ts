/**
 * An article's own closing words declaring its site satire ("The Daily Quip is a satirical publication. All stories
 * are fiction."), read from a text without page furniture. A saved page's header, menu and footer are read at ingest
 * (ingest/html.ts); a pasted text or a feed keeps the notice as its last paragraph, where it was ignored once the story
 * ran a few paragraphs and the site's satire was read as news.
 *
 * Only a declaration about the article's own site counts: its subject is the site itself ("This site", "We", the
 * article's outlet by its name or a short form of it), or it opens the sentence with "All stories …". A fact-check that
 * writes "The Daily Quip is a satirical publication" about another site, or quotes its footer, declares nothing of its own.
 */
import { namesOwnOutlet, outletKey } from "../core/outlets.ts";
import { SATIRE_NOTICE } from "../ingest/html.ts";

/** Paragraphs at the end of the text read for a notice: a footer is the last thing a story carries. */
export const NOTICE_PARAGRAPHS = 2;

const SELF = /^(?:(?:this|our)\s+(?:web\s*)?(?:site|article|story|publication|page|blog|newspaper|magazine|column)|we)$/iu;
const ALL_STORIES = /^all\s+(?:our\s+)?(?:stories|articles|content|news|posts)\b/iu;
const SUBJECT = /^(?<subject>[^,;:"“”«»]{1,80}?)\s+(?:is|are)\s/iu;
const QUOTE_MARK = /["“”«»„]/u;
/** "We are not a satirical site": a denial declares nothing. */
const DENIED = /\b(?:is|are)\s+(?:not|never|no\s+longer)\b|\b(?:isn['’]t|aren['’]t)\b/iu;

/** The sentence of the last paragraphs that declares the article's own site satire, or nothing. */
export function ownSatireNotice(lastParagraphs: readonly string[], outlet: string | undefined): string | undefined {
  for (const paragraph of lastParagraphs) {
    for (const raw of paragraph.split(/(?<=[.!?])\s+/u)) {
      const sentence = raw.trim();
      if (QUOTE_MARK.test(sentence) || DENIED.test(sentence) || !SATIRE_NOTICE.test(sentence)) continue;
      const subject = SUBJECT.exec(sentence)?.groups?.subject?.trim();
      const own =
        ALL_STORIES.test(sentence) ||
        (subject !== undefined && (SELF.test(subject) || (outlet !== undefined && (outletKey(subject) === outletKey(outlet) || namesOwnOutlet(subject, outlet)))));
      if (own) return sentence.slice(0, 200);
    }
  }
  return undefined;
}
