/**
 * Page furniture only a case shows: a line that two or more pages of one site print word for word (a portal's font-size
 * widget with its sample sentence, a "see the full text" notice, a box about the portal) and that has nothing to do with
 * their stories: none of its content words stands in any other line of a page that prints it. Cleaning reads one page
 * at a time and took such a line for reporting; the two pages were then drawn as copying each other, and the line
 * became a claim. Found for the whole case before cleaning and handed to each page (`RawArticle.siteFurniture`), so
 * cleaning stays a function of its page alone and a kept cleaning is keyed by what it was handed.
 *
 * A story's own line is never such a line: it shares a name or a word of its topic with the rest of the story. A page
 * whose lines another page of its site prints all (the same story twice) has no story of its own to tell furniture
 * from, and gives none.
 */
import { functionWords } from "../core/functionWords.ts";
import { hasUnspacedLetter, unspacedWords } from "../core/text.ts";
import { detectLanguage } from "../extract/frames/index.ts";
import type { ArticleMeta, RawArticle } from "../ingest/types.ts";
import { lineKeys } from "./clean.ts";

/** The site a page belongs to: its address's host (without "www."), else its outlet's name; none when neither is known. */
function siteOf(meta: ArticleMeta): string | undefined {
  if (meta.url) {
    try {
      return `host:${new URL(meta.url).hostname.toLowerCase().replace(/^www\./u, "")}`;
    } catch {
      // An address that is no URL names no site; the outlet may.
    }
  }
  return meta.outlet ? `outlet:${meta.outlet.trim().toLowerCase()}` : undefined;
}

/** The words of a folded line (`lineKeys`), a run of a script written without spaces cut into its words. */
function wordsOf(key: string): string[] {
  return key.split(" ").flatMap((w) => (w && hasUnspacedLetter(w) ? unspacedWords(w).map((s) => w.slice(s.start, s.end)) : w ? [w] : []));
}

/** One page of a site as the search reads it: its lines, and how often each word stands in them. */
interface Page {
  lines: string[];
  words: Map<string, number>;
}

function pageOf(text: string): Page {
  const lines = lineKeys(text);
  const words = new Map<string, number>();
  for (const line of lines) for (const w of wordsOf(line)) words.set(w, (words.get(w) ?? 0) + 1);
  return { lines, words };
}

/** Which words of a page's language say something: no function word, no figure. */
function contentTest(article: RawArticle): (word: string) => boolean {
  const stop = new Set(functionWords(article.meta.language ?? detectLanguage(article.text)));
  return (w) => !stop.has(w) && !/^\p{N}+$/u.test(w);
}

/** Whether none of `content` stands in a line of `page` other than `line`. */
function nowhereElse(page: Page, line: string, content: readonly string[]): boolean {
  const times = page.lines.filter((l) => l === line).length;
  const inLine = new Map<string, number>();
  for (const w of wordsOf(line)) inLine.set(w, (inLine.get(w) ?? 0) + times);
  return content.every((w) => (page.words.get(w) ?? 0) <= (inLine.get(w) ?? 0));
}

/** The furniture lines (as `lineKeys` folds them) of the pages of one site, each page's own. */
function furnitureOfSite(articles: readonly RawArticle[]): Set<string>[] {
  const pages = articles.map((a) => pageOf(a.text));
  const printedBy = new Map<string, number[]>();
  pages.forEach((page, i) => {
    for (const line of new Set(page.lines)) if (line) (printedBy.get(line) ?? printedBy.set(line, []).get(line)!).push(i);
  });
  const shared = [...printedBy].filter(([, by]) => by.length >= 2);
  const found = pages.map(() => new Set<string>());
  if (shared.length === 0) return found;
  const isContent = articles.map(contentTest);
  // The content words of each page's own story: the lines no other page of the site prints.
  const ownContent = pages.map((page, i) => page.lines.filter((l) => l && (printedBy.get(l)?.length ?? 0) < 2).flatMap(wordsOf).filter(isContent[i]!).length);
  for (const [line, by] of shared) {
    const content = wordsOf(line).filter(isContent[by[0]!]!);
    // Every page that prints it must hold none of its content words elsewhere: one that does tells the line is its story's.
    if (content.length === 0 || !by.every((j) => nowhereElse(pages[j]!, line, content))) continue;
    for (const j of by) if (ownContent[j]! >= content.length) found[j]!.add(line);
  }
  return found;
}

/**
 * The articles of a case, each that prints furniture shared with other pages of its site carrying those lines
 * (`siteFurniture`, folded as `lineKeys` folds them); the others as they were.
 */
export function withSiteFurniture(articles: readonly RawArticle[]): RawArticle[] {
  const bySite = new Map<string, number[]>();
  articles.forEach((a, i) => {
    const site = siteOf(a.meta);
    if (site) (bySite.get(site) ?? bySite.set(site, []).get(site)!).push(i);
  });
  const out = [...articles];
  for (const members of bySite.values()) {
    if (members.length < 2) continue;
    const furniture = furnitureOfSite(members.map((i) => articles[i]!));
    members.forEach((i, k) => {
      const lines = [...furniture[k]!];
      if (lines.length > 0) out[i] = { ...articles[i]!, siteFurniture: lines };
    });
  }
  return out;
}
