/**
 * Social posts a page embeds, found by what their embed leaves in the text once its markup is lost: the signature line
 * ("— Ines Calder (@InesCalder) March 3, 2026"), the post's picture and short links (pic.twitter.com/…, t.co/…), an
 * Instagram or Facebook embed's credit ("A post shared by Ines Calder (@inescalder)", "Posted by Ines Calder on …"). A
 * page that quotes a post and then shows it embedded prints the post's words twice, by design: the second printing is
 * the post, not the page's own text. Pure.
 */
import type { Span } from "../core/spans.ts";
import { HANDLE, INSTAGRAM_CREDITS, POST_SIGNATURES } from "../core/postSignatures.ts";

/** Marks that say a line is (part of) an embedded post, each with what it is. */
export const EMBED_MARKS: readonly { pattern: RegExp; what: string }[] = [
  // The signature an embedded tweet (or a Threads or Mastodon post) ends with: a dash, the poster's name, the handle in
  // brackets, the date. At the end of a line: alone on its own line, or after the post's words.
  { pattern: new RegExp(String.raw`(?:^|\s)[—–-]\s*[^()\n@]{2,60}?\s*${HANDLE}[^\n]{0,40}$`, "u"), what: "signature" },
  // The links a tweet's embed carries: its picture's and its short links.
  { pattern: /(?:^|[\s(])(?:https?:\/\/)?(?:pic\.twitter\.com|t\.co)\/[\p{L}\p{N}]+/u, what: "post link" },
  // Instagram's credit under an embedded post, in the wording of the embedding page's language (the embed is rendered
  // in it; core/postSignatures.ts), the handle following within the line.
  { pattern: new RegExp(String.raw`(?<!\p{L})(?:${INSTAGRAM_CREDITS.join("|")})\s[^\n]{0,80}${HANDLE}`, "u"), what: "credit" },
  // Facebook's credit line under an embedded post ("Posted by Ines Calder on Tuesday, March 3, 2026"): a line of its own.
  ...POST_SIGNATURES.filter((f) => f.platform === "facebook").map((f) => ({ pattern: f.pattern, what: "credit" })),
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
