/** The cleaning stage: splits an article into the outlet's own reporting and everything else, keeping every removed span with its reason. */
import type { RawArticle } from "../ingest/types.ts";
import type { Span } from "../core/spans.ts";
import { BARE_FACT_CHECK_LABEL, FACT_CHECK_LABEL } from "../core/factCheckLabels.ts";
import { postSignature } from "../core/postSignatures.ts";
import { SOCIAL_ACCOUNT } from "../core/socialAccount.ts";
import { foldTypography, wordCount } from "../core/text.ts";
import { BIO_LABEL, BIO_OPENING, BYLINE, COMMENT_VOICE, CREDIT_LABEL, CREDIT_LINE_PATTERNS, LINE_PATTERNS, RELATED_HEADING_ALONE, TERMINAL } from "./patterns.ts";
import { isPublicationStamp, leadingStampLength, onlyDateAndNames } from "./stamp.ts";
import { WIRE_DATELINE } from "../extract/dateline.ts";
import { NOTICE_PARAGRAPHS, ownSatireNotice } from "./satireNotice.ts";
import { continuedLines, type Line } from "./unwrap.ts";
import { spaceGluedSentences } from "./gluedSentences.ts";
import type { CleanArticle, KeptSegment, RemovalReason, RemovedSpan } from "./types.ts";

/** One non-empty line of the original text (several, where a hard-wrapped paragraph was unwrapped). */
interface Unit extends Line {
  words: number;
  reason?: RemovalReason;
}

function splitUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let offset = 0;
  let sawBlank = true;
  for (const line of text.split("\n")) {
    const start = offset;
    offset += line.length + 1;
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (!trimmed) {
      sawBlank = true;
      continue;
    }
    units.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed, words: wordCount(trimmed), blockStart: sawBlank });
    sawBlank = false;
  }
  // A hard-wrapped paragraph is one unit, not one per line (unwrap.ts).
  const continued = continuedLines(units);
  if (continued.size === 0) return units;
  const joined: Unit[] = [];
  units.forEach((u, i) => {
    const last = joined[joined.length - 1];
    if (!last || !continued.has(i)) return joined.push(u);
    last.end = u.end;
    last.text = text.slice(last.start, last.end);
    last.words += u.words;
  });
  return joined;
}

/**
 * A paragraph of running prose: long enough and ending like a sentence, or holding a sentence's end before more words (a
 * standfirst whose last full stop the page dropped: "… son obsession. Le Monde révèle comment …"). A headline is one
 * clause; a full stop after a word of small letters and before a capital ends a sentence, where "U.S. Navy" does not.
 */
function isProse(u: Unit): boolean {
  return u.words >= 12 && (TERMINAL.test(u.text) || INNER_SENTENCE_END.test(u.text));
}

/** A line that ends with a full stop (after a closing quotation mark or bracket or not), as sentences end and headlines do not. */
const FULL_STOP_END = /(?<!\.)[.。．]["”’»)]?$/u;

const INNER_SENTENCE_END = /\p{Ll}{2,}[.!?]["”’»)]?\s+\p{Lu}/u;

/**
 * A paragraph that opens on a wire credit in brackets and a dash ("(Harbour Wire) — …", "WENLOW (Harbour Wire) - …"):
 * the story's lead, however it ends (a page may cut it mid-sentence), never a headline or a label above the story.
 */
function opensOnWireCredit(u: Unit): boolean {
  return u.words >= 6 && u.text.includes("(") && WIRE_DATELINE.test(u.text);
}

/** Whether unit `i` is a fact-check's labelled field ("Verdict: False", "Claim:") or the line a bare label stands over. */
function isFactCheckField(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  const above = units[i - 1];
  return u !== undefined && (FACT_CHECK_LABEL.test(u.text) || BARE_FACT_CHECK_LABEL.test(u.text) || (above !== undefined && BARE_FACT_CHECK_LABEL.test(above.text)));
}

/** A line of four words or more ending in a colon: it introduces what follows (a kicker such as "Exclusive:" is shorter). */
function isLeadIn(u: Unit): boolean {
  return !u.reason && u.words >= 4 && /[:：]$/u.test(u.text);
}

/** Each line of a text as cleaning reads it (a hard-wrapped paragraph is one), folded as cleaning compares lines. */
export function lineKeys(text: string): string[] {
  return splitUnits(text).map((u) => normalise(u.text));
}

function normalise(text: string): string {
  return foldTypography(text).toLowerCase().replace(/\b0+(\d)/g, "$1").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** Text outside quotation marks: a speaker's "you" or "I" is not a commenter's voice. */
function outsideQuotes(text: string): string {
  return foldTypography(text).replace(/"[^"]*"/g, " ").replace(/(^|\s)'[^']*'(?=[\s.,;:!?]|$)/g, " ");
}

function hasCommentVoice(u: Unit): boolean {
  const plain = outsideQuotes(u.text);
  return (
    COMMENT_VOICE.test(plain) ||
    /(?:^|\s)[:;]-?[)(DPp](?:\s|$)/.test(plain) ||
    /\?!|!{2,}|\?{2,}|\.{4,}|…\.+/.test(plain) ||
    /\?$/.test(plain.trim()) ||
    /^[a-z]/.test(u.text)
  );
}

/** A commenter's display name: a few capitalised words alone on a line, with no sentence punctuation. */
function looksLikeUserName(u: Unit): boolean {
  // "Anna K." ends in an initial's full stop, not a sentence's.
  const text = u.text.replace(/(?<=\s\p{Lu})\.$/u, "");
  if (u.words > 5 || /[.!?,:;"”“]$/.test(text)) return false;
  return text.split(/\s+/).every((w) => /^[\p{Lu}(][\p{L}'’()\-.]*$/u.test(w));
}

function trigrams(text: string): string[] {
  const w = normalise(text).split(" ").filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + 2 < w.length; i++) out.push(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}

/** A reader quoting the article back: a unit in quotation marks whose words mostly repeat an earlier paragraph. */
function quotesEarlierText(u: Unit, earlier: Set<string>): boolean {
  if (!/^["“‘'«]/.test(u.text) || u.words < 8) return false;
  const grams = trigrams(u.text);
  if (grams.length === 0) return false;
  const hits = grams.filter((g) => earlier.has(g)).length;
  return hits / grams.length >= 0.6;
}

/** Index of the first unit of a reader-comment thread, or -1. Anchors: a comment prompt, a reader quoting the article, repeated user-name lines. */
function commentThreadStart(units: Unit[]): number {
  const anchors: number[] = [];
  const half = Math.floor(units.length / 2);
  units.forEach((u, i) => {
    // "0 Comments" counts a thread that has nothing in it: what follows is the page's own text, not comments.
    if (u.reason === "comment_prompt" && !/^\s*(?:0|no)\s+comments?\b/iu.test(u.text)) {
      const proseAfter = units.slice(i + 1).some((v) => !v.reason && isProse(v) && !hasCommentVoice(v));
      if (i >= half || !proseAfter) anchors.push(i + 1);
    }
  });
  const earlier = new Set<string>();
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    if (!u.reason && i > 2 && quotesEarlierText(u, earlier)) {
      anchors.push(i);
      break;
    }
    if (!u.reason) for (const g of trigrams(u.text)) earlier.add(g);
  }
  const nameCounts = new Map<string, number[]>();
  units.forEach((u, i) => {
    if (i >= half && !u.reason && looksLikeUserName(u)) nameCounts.set(u.text, [...(nameCounts.get(u.text) ?? []), i]);
  });
  const repeated = [...nameCounts.values()].filter((idx) => idx.length >= 2).map((idx) => idx[0] as number);
  if (repeated.length > 0) anchors.push(Math.min(...repeated));
  if (anchors.length === 0) return -1;
  let start = Math.min(...anchors);
  // Walk back over the first comments, which come before the first name line or quote.
  while (start > 0) {
    const prev = units[start - 1] as Unit;
    if (prev.reason) {
      if (prev.reason !== "comment_prompt") break;
      start--;
      continue;
    }
    if (!hasCommentVoice(prev) && !looksLikeUserName(prev)) break;
    start--;
  }
  return start;
}

/** Concatenated words with no spaces between topics ("Asia & AmericasIraqMiddle EastNewsUS"): a tag line scraped without separators. */
function looksLikeRunTogetherTags(u: Unit): boolean {
  if (TERMINAL.test(u.text)) return false;
  const joins = u.text.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0;
  return joins >= 2 && u.words <= 12;
}

/** Longest teaser headline read under a related-stories heading; a longer line is reporting. */
const TEASER_MAX_WORDS = 30;
/** Furniture a teaser block may hold between its headlines (a picture, a repeated headline, a second heading). */
const INSIDE_TEASER_BLOCK: ReadonlySet<RemovalReason> = new Set(["related_link", "duplicate_line", "photo_caption", "embed_placeholder"]);

/** A headline's shape: short, and not ending as a sentence or clause does (a teaser may end in "?", "!" or "…"). */
function isTeaserShaped(u: Unit): boolean {
  return u.words <= TEASER_MAX_WORDS && !/(?<!\.\.)[.,;:：。][\s"”’'»)\]]*$/u.test(u.text);
}

/**
 * The headlines under a related-stories heading after the story began ("Most read" / three headlines of other stories):
 * the heading alone says nothing, the headlines under it would read as this story's sentences. The block runs over
 * headline-shaped lines and stops at a line of reporting or other furniture; where the story goes on after it, at the
 * first blank line too, so a subheading of the story after a block in its middle stays.
 */
function teaserLists(units: readonly Unit[], firstProse: number): void {
  for (let i = Math.max(firstProse, 0); i < units.length; i++) {
    if (!RELATED_HEADING_ALONE.test((units[i] as Unit).text)) continue;
    let end = i + 1;
    while (end < units.length) {
      const u = units[end] as Unit;
      if (u.reason ? !INSIDE_TEASER_BLOCK.has(u.reason) : !isTeaserShaped(u)) break;
      end++;
    }
    const storyGoesOn = units.slice(end).some((u) => !u.reason && isProse(u));
    for (let j = i + 1; j < end; j++) {
      const u = units[j] as Unit;
      if (storyGoesOn && j > i + 1 && u.blockStart) break;
      u.reason ??= "related_link";
    }
    i = end - 1;
  }
}

/**
 * A line at a page's head that is no headline, however long: a picture's caption ending in its credit in brackets
 * ("… in the flood. (Instagram/@harbour_lens)", "(Foto: Antara)"), a byline or date line of fields between bars
 * ("By staff | 6 June 2026, 10:15 | Updated: …"), a breadcrumb ("Home > Health > Brain"), the site's own tagline after its
 * name ("Harbour Gazette - News around the clock"), a dateline of a place and a day ("WENLOW - 6 June", "Wenlow, 6 June
 * 2026"). Taken for the longest line, it became the article's title.
 */
function notHeadline(u: Unit, outlet: string | undefined, language: string | undefined): boolean {
  return (
    /\((?:[^()]*[/@][^()]*|(?:foto|photo|image|imagen|immagine|bild|gambar|ilustrasi|dok)\b[^()]*)\)$/iu.test(u.text) ||
    (u.text.includes("|") && DATE_LIKE.test(u.text)) ||
    /^[^>›»]{1,40}(?:\s[>›»]\s[^>›»]{1,40}){1,}$/u.test(u.text) ||
    siteHeaderLine(u, outlet, language)
  );
}

/** The site's tagline after its name, or a dateline of a place and a day: a label of the page's head, however long, never its reporting. */
function siteHeaderLine(u: Unit, outlet: string | undefined, language: string | undefined): boolean {
  return (outlet !== undefined && opensWithName(u.text, outlet)) || PLACE_AND_DAY.test(u.text) || onlyDateAndNames(u.text, language);
}

/**
 * A dateline of a place and a day in any script, the month in words: up to three words, a dash or comma, a day and its
 * month ("نوران - 7 نوفمبر", "WENLOW – 6 juin"), a year after it or not.
 */
const PLACE_AND_DAY = /^[^\d\s,–—-]+(?:\s+[^\d\s,–—-]+){0,2}\s*[,–—-]\s*\d{1,2}\.?\s+[^\d\s]+(?:\s+\d{4})?$/u;

/** Whether a line opens with the outlet's name and goes on after a separator: the site's tagline or menu, not a story's headline. */
function opensWithName(text: string, outlet: string): boolean {
  const line = foldTypography(text).trim();
  const name = foldTypography(outlet).trim();
  return name.length > 0 && line.toLowerCase().startsWith(name.toLowerCase()) && /^\s*[-–—|:·•]\s*\S/u.test(line.slice(name.length));
}

/** A date, not a name: a year, a day and month in figures, or a time of day. */
const DATE_LIKE = /\b(?:1[89]|20)\d{2}\b|\b\d{1,2}[/.-]\d{1,2}\b|\b\d{1,2}:\d{2}\b/u;

/** A labelled credit naming a social account ("Source: Instagram @harbour_lens"): who posted, no outlet whose text this is, nor a section label; it stays in the body for the reader. */
function creditsAccount(u: Unit): boolean {
  const name = CREDIT_LABEL.exec(u.text)?.groups?.name;
  return name !== undefined && SOCIAL_ACCOUNT.test(name.trim());
}

/**
 * A header line that opens with a date stamp, its time of day optional ("2024-03-05 14:20:07", "2019年3月4日"), and goes
 * on in labelled fields, maybe after a separator ("2025-03-04 10:15 / šaltinis: X").
 */
const STAMPED_FIELDS = /^\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(?:[/|·•–—]\s*)?(?<fields>[^\s/|·•–—].*)$/u;
/** Where a labelled field of such a line ends: before the next word and its colon ("来源:X 作者:Y", "Quelle: dpa Autor: Y"). */
const NEXT_FIELD = /\s+(?=\p{L}{1,12}\s*[:：])/u;

/**
 * The source field of a page's metadata line (a date stamp, then labelled fields side by side: "2024-03-05 14:20:07
 * 来源:海港晚报 作者:", "2025-03-04 10:15 / šaltinis: X"), as a line of its own ("来源:海港晚报"): read whole, its source's
 * name runs on into the next field's label, and the stamp before the label hides it from a label read at a line's start
 * (and a label in small letters after a space is a sentence's word to the body's reader). A header credit, as a "Source:
 * X" line alone in the header is.
 */
function stampedCreditField(line: string): string | undefined {
  const fields = STAMPED_FIELDS.exec(line)?.groups?.fields?.split(NEXT_FIELD) ?? [];
  return fields.find((f) => CREDIT_LABEL.exec(f)?.groups?.name !== undefined);
}

/**
 * Labelled credit lines ("Source: The Harbour Review", or "Originally published in:" with the name alone on the next
 * line): removed as `credit_line` and kept, in their exact words, for the syndication reader. In a page's header block
 * every label counts, so a reprint's header is not lost as a section label; after the last paragraph only a label that
 * says the text ran first elsewhere ("Reprinted from:"), since a closing "Source: X" stays in the body, where the reader
 * takes it as a citation. The name must be a short line that is no date and no sentence.
 */
function labelledCredits(text: string, region: readonly Unit[], creditLines: string[], where: "header" | "tail"): void {
  region.forEach((u, i) => {
    if (u.reason) return;
    const field = where === "header" ? stampedCreditField(u.text) : undefined;
    const m = CREDIT_LABEL.exec(field ?? u.text);
    if (!m || (where === "tail" && m.groups?.reprint === undefined)) return;
    const name = m.groups?.name;
    if (name) {
      // A longer header line is no section label: it stays in the body, where the reader takes "Source: X" as a citation.
      if (DATE_LIKE.test(name) || /[.!?]$/.test(name) || (where === "header" && field === undefined && u.words > 6) || creditsAccount(u)) return;
      u.reason = "credit_line";
      creditLines.push(field ?? u.text);
      return;
    }
    if (field !== undefined) return;
    const next = region[i + 1];
    if (!next || next.reason || next.words > 6 || TERMINAL.test(next.text) || DATE_LIKE.test(next.text) || !/^[\p{L}\p{N}]/u.test(next.text)) return;
    u.reason = "credit_line";
    next.reason = "credit_line";
    creditLines.push(text.slice(u.start, next.end));
  });
}

/**
 * A writer's bio under the byline at a page's head ("By Mira Holt, Transport Reporter" / "Mira Holt has covered transport
 * for The Harbour Review since 2019."): it opens with the name the byline gives and says what the writer does for a
 * living. Written as a sentence, it would pass for the story's first paragraph.
 */
function headBio(units: readonly Unit[]): void {
  const firstProse = units.findIndex((u) => !u.reason && isProse(u));
  if (firstProse < 1) return;
  const writers = units.slice(0, firstProse).flatMap((u) => (u.words <= 12 ? [BYLINE.exec(u.text)?.groups?.name] : [])).filter((n): n is string => n !== undefined);
  const bio = units[firstProse] as Unit;
  if (BIO_OPENING.test(bio.text) && writers.some((w) => bio.text.startsWith(`${w} `))) bio.reason = "author_bio";
}

/**
 * A writer's bio: a labelled one anywhere ("About the author: …", or the label over the bio's line), an unlabelled one as
 * the last paragraph, where a name nobody in the story bears opens what the writer does for a living. "X writes the Y"
 * is a job, not words said about the story, and a bio's former employers are no one the story cites.
 */
function authorBios(units: readonly Unit[]): void {
  units.forEach((u, i) => {
    if (u.reason) return;
    const m = BIO_LABEL.exec(u.text);
    if (!m) return;
    u.reason = "author_bio";
    const next = units[i + 1];
    if (!m.groups?.bio && next && !next.reason) next.reason = "author_bio";
  });
  const kept = units.filter((u) => !u.reason);
  const last = kept[kept.length - 1];
  // A text that is only that paragraph is the story itself.
  if (!last || kept.length < 2 || !BIO_OPENING.test(last.text)) return;
  const surname = /^\S+(?:\s+\p{Lu}\S*){0,2}?\s+(\p{Lu}[\p{L}’'-]+)\s+\p{Ll}/u.exec(last.text)?.[1];
  // Someone the story itself names (a source's closing words, "X is the operator's editor") is reporting, not a bio; the
  // byline names the writer.
  if (!surname || units.some((u) => u !== last && !BYLINE.test(u.text) && u.text.includes(surname))) return;
  last.reason = "author_bio";
}

/**
 * `units` with a publication stamp that opens the text glued to its first paragraph ("date 2019-10 The mayor …",
 * stamp.ts leadingStampLength) split off as a byline of its own: left in, it opened the first statement, and a claim's
 * text, with a date field. Only the first line: a stamp stands above the text.
 */
function withLeadingStampApart(units: Unit[], language: string | undefined): Unit[] {
  const first = units[0];
  const length = first ? leadingStampLength(first.text, language) : 0;
  if (!first || length === 0) return units;
  const stampText = first.text.slice(0, length).trimEnd();
  const gap = first.text.slice(length).length - first.text.slice(length).trimStart().length;
  const restText = first.text.slice(length + gap);
  const stamp: Unit = { start: first.start, end: first.start + stampText.length, text: stampText, words: wordCount(stampText), blockStart: first.blockStart, reason: "byline" };
  const rest: Unit = { start: first.start + length + gap, end: first.end, text: restText, words: wordCount(restText), blockStart: first.blockStart };
  return [stamp, rest, ...units.slice(1)];
}

/** Cleans one article. Pure: the same input always yields the same body and removed spans. */
/**
 * Whether line `i` is an embedded post's credit between the text's lines ("Posted by Ines Calder on Tuesday, March 3,
 * 2026" under the post's words, the article going on after it): it says whose words the line before is (extract reads
 * the post as its poster's quotation), not who wrote the page, as the same words heading or closing a page do.
 */
function signsPostInside(units: readonly Unit[], i: number): boolean {
  return i > 0 && i < units.length - 1 && postSignature(units[i]!.text) !== undefined;
}

export function cleanArticle(raw: RawArticle): CleanArticle {
  const { text } = raw;
  const units = withLeadingStampApart(splitUnits(text), raw.meta.language);
  const creditLines: string[] = [];
  let title = raw.meta.title;
  // Lines the case found shared with other pages of the site and no part of their stories (siteFurniture.ts): never the
  // headline, the first or the last paragraph, and removed once every other reading of the page is done. A fact-check's
  // field ("Rating: False", or the line under "Rating:") is what the check says, however many of the site's checks say it.
  const sharedFurniture = new Set(raw.siteFurniture ?? []);
  const isSiteFurniture = (u: Unit) => sharedFurniture.size > 0 && sharedFurniture.has(normalise(u.text)) && !isFactCheckField(units, units.indexOf(u));

  // Captions the page itself marked (<figcaption>) need no guessing.
  const captions = new Set((raw.captions ?? []).map(normalise));
  units.forEach((u, i) => {
    const hit = LINE_PATTERNS.find((p) => p.pattern.test(u.text));
    if (hit) u.reason = hit.reason;
    else if (captions.has(normalise(u.text))) u.reason = "photo_caption";
    else if (isPublicationStamp(u.text, raw.meta.language) && !signsPostInside(units, i)) u.reason = "byline";
  });

  // Duplicated lines (repeated headline, repeated caption) are page furniture, not repeated reporting.
  const seen = new Set<string>();
  for (const u of units) {
    const key = normalise(u.text);
    if (!key) continue;
    if (seen.has(key) && !u.reason) u.reason = "duplicate_line";
    seen.add(key);
  }

  headBio(units);

  // Top region: everything before the first prose paragraph is headline, kicker or label.
  let firstProse = units.findIndex((u) => !u.reason && !isSiteFurniture(u) && (isProse(u) || opensOnWireCredit(u)));
  // A sentence ending in a colon right before it introduces it ("The mayor said on Monday:" / "“We will …”"): reporting,
  // not a headline.
  if (firstProse > 0 && isLeadIn(units[firstProse - 1] as Unit)) firstProse--;
  if (firstProse > 0) {
    labelledCredits(text, units.slice(0, firstProse), creditLines, "header");
    // A fact-check's labelled fields ("Claim: X. Verdict: False.", or "Claim:" over the line it names) are what the check
    // says: taken for its headline they would lose the verdict, or tell the claim with its verdict as the headline's.
    const fields = new Set(units.slice(0, firstProse).filter((u, i, top) => FACT_CHECK_LABEL.test(u.text) || BARE_FACT_CHECK_LABEL.test(u.text) || (i > 0 && BARE_FACT_CHECK_LABEL.test((top[i - 1] as Unit).text))));
    const top = units.slice(0, firstProse).filter((u) => !u.reason && !fields.has(u));
    const candidates = top.filter((u) => u.words >= 3 && !isSiteFurniture(u) && !notHeadline(u, raw.meta.outlet, raw.meta.language));
    // A headline carries no full stop; a line ending in one, below a line that does not, is the story's first sentence (a
    // lead too short to count as prose), and taken for the headline it left the body without it.
    const unstopped = candidates.filter((u) => !FULL_STOP_END.test(u.text));
    const headline = (unstopped.length > 0 && candidates.indexOf(unstopped[0] as Unit) === 0 ? unstopped : candidates).sort((a, b) => b.text.length - a.text.length)[0];
    for (const u of top) {
      if (u === headline) {
        u.reason = "headline";
        if (!title) title = u.text;
      } else if ((u.words <= 6 && !TERMINAL.test(u.text) && !creditsAccount(u)) || siteHeaderLine(u, raw.meta.outlet, raw.meta.language)) {
        u.reason = "section_label";
      }
    }
  }

  teaserLists(units, firstProse);

  const threadStart = commentThreadStart(units);
  if (threadStart >= 0) {
    for (let i = threadStart; i < units.length; i++) {
      const u = units[i] as Unit;
      if (!u.reason || u.reason === "duplicate_line") u.reason = "reader_comments";
    }
  }

  // Tail: after the last paragraph of reporting come credits, tags and link lists.
  let lastProse = -1;
  units.forEach((u, i) => {
    if (!u.reason && !isSiteFurniture(u) && isProse(u)) lastProse = i;
  });
  labelledCredits(text, units.slice(lastProse + 1), creditLines, "tail");
  // A bare name ("REUTERS", "— Reuters") credits the story only where it closes it: once a line that is no credit stands
  // after the last paragraph (a heading over other stories, a menu), the page's furniture has begun, and a line in
  // capitals further down is one of its labels ("NEWS ARCHIVE", "FOLLOW US"), nobody's text.
  let furniture = false;
  for (let i = lastProse + 1; i < units.length; i++) {
    const u = units[i] as Unit;
    if (u.reason) continue;
    if (CREDIT_LINE_PATTERNS.some((p) => !(furniture && p.bareName) && p.pattern.test(u.text))) {
      u.reason = "credit_line";
      creditLines.push(u.text);
    } else if (looksLikeRunTogetherTags(u)) {
      u.reason = "tag_list";
    } else if (!TERMINAL.test(u.text) && !DATE_LIKE.test(u.text)) {
      // A short closing sentence ("The trial continues.") or a date is still the story's; a label is not.
      furniture = true;
    }
  }
  authorBios(units);
  // Credits that stand as the last reporting line but are sentences ("This article first appeared in …").
  for (const u of units) {
    if (!u.reason && CREDIT_LINE_PATTERNS.some((p) => p.sentence && p.pattern.test(u.text))) {
      u.reason = "credit_line";
      creditLines.push(u.text);
    }
  }
  for (const u of units) if (u.reason === "related_link" && /^read related topics/i.test(u.text)) u.reason = "tag_list";
  for (const u of units) if (!u.reason && isSiteFurniture(u)) u.reason = "site_furniture";

  let body = "";
  const paragraphs: Span[] = [];
  const kept: KeptSegment[] = [];
  const removed: RemovedSpan[] = [];
  let previousKept: Unit | undefined;
  let removedSinceKept = false;
  for (const u of units) {
    if (u.reason) {
      const last = removed[removed.length - 1];
      // Adjacent lines removed for one reason form one span (one comment thread, one donation bar).
      if (last && last.reason === u.reason && !removedSinceKeptBreak(text, last.end, u.start)) {
        last.end = u.end;
        last.text = text.slice(last.start, last.end);
      } else {
        removed.push({ start: u.start, end: u.end, text: u.text, reason: u.reason });
      }
      removedSinceKept = true;
      continue;
    }
    if (previousKept) body += u.blockStart || removedSinceKept ? "\n\n" : "\n";
    const bodyStart = body.length;
    // A sentence end the page glued to the next sentence gets its space back (gluedSentences.ts); the offset map skips it.
    const { text: spaced, spaces } = spaceGluedSentences(u.text);
    body += spaced;
    paragraphs.push({ start: bodyStart, end: body.length });
    let from = 0;
    [...spaces, u.text.length].forEach((at, k) => {
      // The k spaces added before this stretch shift it by k in the body.
      kept.push({ bodyStart: bodyStart + from + k, textStart: u.start + from, length: at - from });
      from = at;
    });
    previousKept = u;
    removedSinceKept = false;
  }
  // A text's own closing words declaring its site satire, where no page furniture said so (satireNotice.ts).
  const notice = raw.meta.satireNotice ? undefined : ownSatireNotice(lastParagraphs(body, paragraphs), raw.meta.outlet);
  const meta = title === raw.meta.title ? raw.meta : { ...raw.meta, title, titleOrigin: "headline" as const };
  return { meta: notice ? { ...meta, satireNotice: notice } : meta, text, body, paragraphs, kept, removed, creditLines };
}

/** The body's last paragraphs, last first. */
function lastParagraphs(body: string, paragraphs: readonly Span[]): string[] {
  return paragraphs.slice(-NOTICE_PARAGRAPHS).reverse().map((p) => body.slice(p.start, p.end));
}

/** Two removed lines belong to one span unless kept text lies between them. */
function removedSinceKeptBreak(text: string, end: number, nextStart: number): boolean {
  return text.slice(end, nextStart).trim().length > 0;
}
