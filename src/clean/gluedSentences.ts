/** Sentence ends a page lost its space after ("… in the region.According to Reuters, …"): where the body gets one back. */
import { HONORIFIC } from "../extract/frames/common.ts";
import { LANGUAGES } from "../extract/frames/index.ts";

/**
 * Words that end with a full stop before a capital without ending a sentence: the titles before a name of every
 * language's frames ("Prof.Lin", "Kapt.Botha"), and a few abbreviations that stand before a name or a work.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  [HONORIFIC, ...LANGUAGES.flatMap((frames) => frames.abbreviatedTitles ?? []), "vs|cf|al|ca|approx|incl|ibid|op|cit"]
    .join("|")
    .split("|")
    .map((w) => w.toLowerCase()),
);

/** Top levels of web addresses a page may write with a capital ("Harbourfacts.Org"): the name of a site, no sentence's start. */
const CAPITAL_TOP_LEVELS: ReadonlySet<string> = new Set(["Com", "Org", "Net", "Info", "Gov", "Edu", "Biz"]);

/**
 * An end mark with a capitalised word right after it, no space between: after the mark, marks that close the ended
 * sentence, a mark that may open the next one (`open`), then the next sentence's first word (`word`) and the character
 * after it (`after`). A straight double quote is read as opening or closing by the count of them before it.
 */
const GLUED_END = /[.!?]+[”’»)]*(?<open>["“‘«„]?)(?<word>\p{Lu}\p{Ll}+)(?<after>.?)/gu;

/**
 * The word before an end mark that may end a sentence: a word whose last two letters are small ("region", "Harbourton";
 * an initial, "U.S" or "z.B" never) or a number of two digits or more ("in 2019"), maybe closed by a bracket or a quote.
 */
const ENDING_WORD = /(?:^|[^\p{L}\p{N}.@/:_\\-])(?<word>[\p{L}'’-]*\p{Ll}{2}|\p{N}{2,})[)\]”’"»]*$/u;

/**
 * The offsets of `text` where a sentence starts right after the previous one's end mark with no space between (a page
 * flattened from markup that set sentences apart, a scraper that dropped the space): "… the region.According to …",
 * "… his family.\"It is …\"". Not in an address ("example.com/News.Today", "harbourfacts.Org"), after an initial or an
 * abbreviated title ("U.S.Navy", "Dr.Hale"), or before a word that is not followed by a space (a capitalised top level).
 */
export function gluedSentenceStarts(text: string): number[] {
  const starts: number[] = [];
  // The straight quotes before an offset, counted on from the last one asked (the matches come in the text's order):
  // counting from the text's start at each was quadratic in a long text of many quotations.
  let counted = 0;
  let quotes = 0;
  const quotesBefore = (end: number): number => {
    for (; counted < end; counted++) if (text.charCodeAt(counted) === 0x22) quotes++;
    return quotes;
  };
  for (const m of text.matchAll(GLUED_END)) {
    const { open = "", word = "", after = "" } = m.groups ?? {};
    // The next sentence's first word is a word of a sentence: a space, or a comma or quote after a one-word quotation.
    if (after !== "" && !/[\s,;:'’]/u.test(after)) continue;
    if (CAPITAL_TOP_LEVELS.has(word) && open === "") continue;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const token = /\S*$/u.exec(before)?.[0] ?? "";
    // An address or a handle has no sentence end inside it.
    if (/[/@]|www\.|\.\p{L}/iu.test(token)) continue;
    const ending = ENDING_WORD.exec(token)?.groups?.word;
    if (ending === undefined || ABBREVIATIONS.has(ending.toLowerCase())) continue;
    let at = m.index + m[0].length - word.length - after.length;
    if (open === '"') {
      // An odd count of straight quotes before this one: it closes the quotation the ended sentence opened.
      if (quotesBefore(at - 1) % 2 === 0) at -= 1;
    } else if (open !== "") at -= 1;
    starts.push(at);
  }
  return starts;
}

/** `text` with a space at each glued sentence start, and those starts (offsets into `text`), for the cleaner's offset map. */
export function spaceGluedSentences(text: string): { text: string; spaces: number[] } {
  const spaces = gluedSentenceStarts(text);
  if (spaces.length === 0) return { text, spaces };
  let out = "";
  let from = 0;
  for (const at of spaces) {
    out += `${text.slice(from, at)} `;
    from = at;
  }
  return { text: out + text.slice(from), spaces };
}
