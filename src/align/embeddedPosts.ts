/**
 * Social posts a page embeds, found by what their embed leaves in the text once its markup is lost: the signature line
 * ("— Ines Calder (@InesCalder) March 3, 2026"), the post's picture and short links (pic.twitter.com/…, t.co/…), an
 * Instagram embed's credit ("A post shared by Ines Calder (@inescalder)"). A page that quotes a post and then shows it
 * embedded prints the post's words twice, by design: the second printing is the post, not the page's own text. Pure.
 */
import type { Span } from "../core/spans.ts";

/** A handle in brackets, with a Mastodon-style server after a second "@" ("(@ines@social.example)"). */
const HANDLE = String.raw`\(@[\p{L}\p{N}_.]{1,30}(?:@[\p{L}\p{N}.-]{1,60})?\)`;

/**
 * The words Instagram's embed writes before the poster's name, per interface language (en, fr, es, pt, de, it, nl, sv,
 * pl, ru). Turkish and the languages that put the name first are left out: their credit has no opening words to anchor on.
 */
const INSTAGRAM_CREDIT = [
  "A post shared by",
  "Une publication partagée par",
  "Una publicación compartida (?:por|de)",
  "Uma publicação compartilhada por",
  "Ein Beitrag geteilt von",
  "Un post condiviso da",
  "Een bericht gedeeld door",
  "Ett inlägg delat av",
  "Post udostępniony przez",
  "Публикация от",
];

/** Marks that say a line is (part of) an embedded post, each with what it is. */
export const EMBED_MARKS: readonly { pattern: RegExp; what: string }[] = [
  // The signature an embedded tweet (or a Threads or Mastodon post) ends with: a dash, the poster's name, the handle in
  // brackets, the date. At the end of a line: alone on its own line, or after the post's words.
  { pattern: new RegExp(String.raw`(?:^|\s)[—–-]\s*[^()\n@]{2,60}?\s*${HANDLE}[^\n]{0,40}$`, "u"), what: "signature" },
  // The links a tweet's embed carries: its picture's and its short links.
  { pattern: /(?:^|[\s(])(?:https?:\/\/)?(?:pic\.twitter\.com|t\.co)\/[\p{L}\p{N}]+/u, what: "post link" },
  // Instagram's credit under an embedded post, in the wording of the embedding page's language (the embed is rendered
  // in it), the handle following within the line.
  { pattern: new RegExp(String.raw`(?<!\p{L})(?:${INSTAGRAM_CREDIT.join("|")})\s[^\n]{0,80}${HANDLE}`, "u"), what: "credit" },
];

/** A line an embed mark opens (a signature, a link, a credit on its own line): it signs the post printed on the line before. */
function opensWithMark(line: string): boolean {
  const first = Math.min(...EMBED_MARKS.map((m) => line.search(m.pattern)).filter((at) => at >= 0));
  return !/[\p{L}\p{N}]/u.test(line.slice(0, first));
}

/** The lines of `text` that belong to an embedded post, as spans of `text` (in order, not overlapping). */
export function embeddedPostSpans(text: string): Span[] {
  const lines: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) lines.push({ start: m.index, end: m.index + m[0].length });
  const out: Span[] = [];
  lines.forEach((line, i) => {
    const words = text.slice(line.start, line.end);
    if (!EMBED_MARKS.some((m) => m.pattern.test(words))) return;
    const previous = lines[i - 1];
    const start = previous && opensWithMark(words) ? previous.start : line.start;
    const last = out[out.length - 1];
    if (last && last.end >= start) last.end = line.end;
    else out.push({ start, end: line.end });
  });
  return out;
}
