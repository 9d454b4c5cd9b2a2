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

/** One page of a site as the search reads it: its lines, how often each line and each word stands in them. */
interface Page {
  lines: string[];
  times: Map<string, number>;
  words: Map<string, number>;
}

/**
 * The words of each distinct line of one site, cut once: a site's furniture line is printed by every page of it, and
 * cutting it again for each page that prints it (and for each test of it) made the search's cost per line grow with
 * the site's pages.
 */
function lineWordsOnce(): (line: string) => readonly string[] {
  const cut = new Map<string, readonly string[]>();
  return (line) => cut.get(line) ?? cut.set(line, wordsOf(line)).get(line)!;
}

function pageOf(text: string, wordsOfLine: (line: string) => readonly string[]): Page {
  const lines = lineKeys(text);
  const times = new Map<string, number>();
  const words = new Map<string, number>();
  for (const line of lines) {
    times.set(line, (times.get(line) ?? 0) + 1);
    for (const w of wordsOfLine(line)) words.set(w, (words.get(w) ?? 0) + 1);
  }
  return { lines, times, words };
}

/**
 * Which words of a language say something: no function word, no figure. One test per language of the site, not per
 * page (each built the language's function-word set again).
 */
function contentTests(): (language: string) => (word: string) => boolean {
  const tests = new Map<string, (word: string) => boolean>();
  return (language) => {
    let test = tests.get(language);
    if (!test) {
      const stop = new Set(functionWords(language));
      test = (w) => !stop.has(w) && !/^\p{N}+$/u.test(w);
      tests.set(language, test);
    }
    return test;
  };
}

/**
 * Whether none of `content` stands in a line of `page` other than `line` (whose words are `lineWords`): each content
 * word stands in the page no more often than the line's printings hold it. Read from the page's counts, not by a scan
 * of its lines for each line it shares.
 */
function nowhereElse(page: Page, line: string, lineWords: readonly string[], content: readonly string[]): boolean {
  const times = page.times.get(line) ?? 0;
  const inLine = new Map<string, number>();
  for (const w of lineWords) inLine.set(w, (inLine.get(w) ?? 0) + times);
  return content.every((w) => (page.words.get(w) ?? 0) <= (inLine.get(w) ?? 0));
}

/** The furniture lines (as `lineKeys` folds them) of the pages of one site, each page's own. */
function furnitureOfSite(articles: readonly RawArticle[]): Set<string>[] {
  const wordsOfLine = lineWordsOnce();
  const pages = articles.map((a) => pageOf(a.text, wordsOfLine));
  const printedBy = new Map<string, number[]>();
  pages.forEach((page, i) => {
    for (const line of page.times.keys()) if (line) (printedBy.get(line) ?? printedBy.set(line, []).get(line)!).push(i);
  });
  const shared = [...printedBy].filter(([, by]) => by.length >= 2);
  const found = pages.map(() => new Set<string>());
  if (shared.length === 0) return found;
  const contentTest = contentTests();
  const isContent = articles.map((a) => contentTest(a.meta.language ?? detectLanguage(a.text)));
  // The content words of each page's own story: the lines no other page of the site prints.
  const ownContent = pages.map((page, i) => page.lines.filter((l) => l && (printedBy.get(l)?.length ?? 0) < 2).flatMap(wordsOfLine).filter(isContent[i]!).length);
  for (const [line, by] of shared) {
    const lineWords = wordsOfLine(line);
    const content = lineWords.filter(isContent[by[0]!]!);
    // Every page that prints it must hold none of its content words elsewhere: one that does tells the line is its story's.
    if (content.length === 0 || !by.every((j) => nowhereElse(pages[j]!, line, lineWords, content))) continue;
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
