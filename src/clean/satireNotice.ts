/**
 * An article's own closing words declaring its site satire ("The Daily Quip is a satirical publication. All stories
 * are fiction.", "El Diario Quip es un sitio de humor. Todas sus notas son ficticias."), read from a text without page
 * furniture. A saved page's header, menu and footer are read at ingest (ingest/html.ts); a pasted text or a feed keeps
 * the notice as its last paragraph, where it was ignored once the story ran a few paragraphs and the site's satire was
 * read as news.
 *
 * Only a declaration about the article's own site counts: its subject is the site itself ("This site", "We", the
 * article's outlet by its name or a short form of it), or it opens the sentence with "All stories …". A fact-check that
 * writes "The Daily Quip is a satirical publication" about another site, or quotes its footer, declares nothing of its own.
 * The sentence shapes are each language's data (core/satireNotices), every language tried: a footer need not be in the
 * language of the story above it.
 */
import { namesOwnOutlet, outletKey } from "../core/outlets.ts";
import { SATIRE_NOTICE_PATTERNS } from "../core/satireNotices/index.ts";

/** Paragraphs at the end of the text read for a notice: a footer is the last thing a story carries. */
export const NOTICE_PARAGRAPHS = 2;

const QUOTE_MARK = /["“”«»„]/u;

/** The sentence of the last paragraphs that declares the article's own site satire, or nothing. */
export function ownSatireNotice(lastParagraphs: readonly string[], outlet: string | undefined): string | undefined {
  for (const paragraph of lastParagraphs) {
    for (const raw of paragraph.split(/(?<=[.!?])\s+/u)) {
      const sentence = raw.trim();
      if (QUOTE_MARK.test(sentence)) continue;
      for (const p of SATIRE_NOTICE_PATTERNS) {
        if (p.denied.test(sentence) || !p.declares.test(sentence)) continue;
        const subject = p.subject.exec(sentence)?.groups?.subject?.trim();
        const own =
          p.allStories.test(sentence) ||
          (subject !== undefined && (p.self.test(subject) || (outlet !== undefined && (outletKey(subject) === outletKey(outlet) || namesOwnOutlet(subject, outlet)))));
        if (own) return sentence.slice(0, 200);
      }
    }
  }
  return undefined;
}
