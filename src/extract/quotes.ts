/** Quotation marks: finds quoted stretches (any mark style, across paragraphs, broken by an attribution) and tells quotations from titles and scare quotes. */
import type { Span } from "../core/spans.ts";
import { postSignature } from "../core/postSignatures.ts";
import { isRelatedHeading } from "../clean/patterns.ts";
import { isKnownGivenName } from "../core/nlp.ts";
import { escapeRegExp, hasUnspacedLetter, wordCount } from "../core/text.ts";

/** A quoted stretch before speakers are known: the whole span (marks included) and the quoted words, one part per stretch between marks. */
export interface RawQuote {
  span: Span;
  parts: Span[];
  /** True when the quote ran over more than one paragraph. */
  multiParagraph: boolean;
  /**
   * For a quotation that opens its paragraph after a lead-in such as "she said:" at the end of the paragraph before:
   * the lead-in's last sentence, where its speaker is named.
   */
  leadIn?: Span;
  /** True for a block quotation printed without marks: someone's words only because its lead-in names who speaks. */
  unmarked?: boolean;
  /** For an embedded post (a paragraph signed on the next line "— Ines Calder (@InesCalder) March 3, 2026", core/postSignatures.ts): the name that signs it. */
  poster?: Span;
  /** For a turn of a transcript ("INGRID SJÖHOLM: It's the cell."): the label in capitals that names who speaks. */
  turn?: Span;
}

/** A transcript's turn: a paragraph opening with a name of two to four words in capitals and a colon ("JAMES ALCOTT: …"). */
const TURN = /^(?<label>\p{Lu}[\p{Lu}'’.-]*(?:[ \t]+\p{Lu}[\p{Lu}'’.-]*){1,3})[ \t]*:[ \t]+(?=\S)/u;
/** Fewest turns that make a text a transcript: one label in capitals alone is a heading ("BREAKING NEWS: …"). */
const MIN_TURNS = 2;
/**
 * A paragraph opening with a name of two to four capitalised words (in capitals or not), a colon and a quotation mark:
 * "LUCÍA FERRÁN: "…"", "Odile Cassan : « … »". The label says who speaks the quotation, as a transcript's turn or a
 * headline's "Name: "…"" does, in any language.
 */
const LABELLED_QUOTE = /^(?<label>\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3})[ \t]*:[ \t]*(?=["“«„»‹「『])/u;

/**
 * The label that names the speaker of a paragraph's opening quotation (LABELLED_QUOTE), where the text is a transcript,
 * a dialogue of such labels whose label opens on a given name, or names that person elsewhere in ordinary words ("… la directora, Lucía Ferrán." / "LUCÍA FERRÁN: "…""): one label
 * alone, with no one so named, may be a heading ("BREAKING NEWS: "…"").
 */
function quoteLabel(body: string, p: Span, quoteStart: number, transcript: boolean, dialogue: boolean): Span | undefined {
  const text = body.slice(p.start, p.end);
  const lead = text.length - text.trimStart().length;
  const m = LABELLED_QUOTE.exec(text.slice(lead));
  const label = m?.groups?.label;
  if (!m || !label || isRelatedHeading(label) || p.start + lead + m[0].length !== quoteStart) return undefined;
  const at = p.start + lead;
  if (transcript) return { start: at, end: at + label.length };
  // A dialogue of labelled quotations ("Mara Quell: “…”" / "Tom Brask: “…”"): a label a given name opens names its
  // speaker; "Breaking News: “…”" twice is headings.
  if (dialogue && isKnownGivenName(label.split(/\s+/u)[0] as string)) return { start: at, end: at + label.length };
  const folded = label.toLocaleLowerCase();
  const lower = body.toLocaleLowerCase();
  for (let i = lower.indexOf(folded); i >= 0; i = lower.indexOf(folded, i + 1)) if (i !== at) return { start: at, end: at + label.length };
  return undefined;
}

/**
 * Whether a label in capitals is a picture caption's kicker ("SCHOOL SHUT: The school on …", "SKOLEN STENGT: …"), which
 * news pages write as a transcript writes a speaker: at least half its words are ones the text writes elsewhere in small
 * letters, as ordinary words, and it does not open on a given name. A person's name in capitals ("INES CALDER") is not
 * written small anywhere.
 */
function captionKicker(label: string, body: string): boolean {
  const words = label.split(/[ \t]+/u);
  const first = words[0] ?? "";
  if (isKnownGivenName(first.charAt(0) + first.slice(1).toLocaleLowerCase())) return false;
  const small = words.filter((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w.toLocaleLowerCase())}(?![\\p{L}\\p{N}])`, "u").test(body));
  return small.length * 2 >= words.length;
}

/**
 * How many paragraphs open on a labelled quotation (LABELLED_QUOTE: "Mara Quell: “…”"), related-story headings aside: two
 * or more make the text a dialogue written as a transcript, whose labels name who speaks, in capitals or not.
 */
function labelledQuoteParagraphs(body: string, paragraphs: readonly Span[]): number {
  return paragraphs.filter((p) => {
    const label = LABELLED_QUOTE.exec(body.slice(p.start, p.end).trimStart())?.groups?.label;
    return label !== undefined && !isRelatedHeading(label);
  }).length;
}

/**
 * The turns of a transcript, by paragraph index: each paragraph after its label is the labelled speaker's words. Only
 * where at least MIN_TURNS paragraphs open so (`transcript`).
 */
function transcriptTurns(body: string, paragraphs: readonly Span[]): { turns: Map<number, RawQuote>; transcript: boolean } {
  const turns = new Map<number, RawQuote>();
  let labelled = 0;
  paragraphs.forEach((p, i) => {
    const text = body.slice(p.start, p.end);
    const lead = text.length - text.trimStart().length;
    const m = TURN.exec(text.slice(lead));
    const label = m?.groups?.label;
    // A page's "READ MORE:" over a link to another story is furniture, however often the page repeats it.
    if (!m || !label || isRelatedHeading(label) || captionKicker(label, body)) return;
    labelled++;
    const start = p.start + lead + m[0].length;
    const end = p.start + text.trimEnd().length;
    // A turn that quotes someone in marks is left to them: its marks set the quoted words apart.
    if (end > start && !ANY_MARK.test(text)) turns.set(i, { span: { start, end }, parts: [{ start, end }], multiParagraph: false, unmarked: true, turn: { start: p.start + lead, end: p.start + lead + label.length } });
  });
  return labelled >= MIN_TURNS ? { turns, transcript: true } : { turns: new Map(), transcript: false };
}

/**
 * The embedded post a paragraph is, when the next paragraph is its signature line (core/postSignatures.ts): the post's words
 * and the poster's name. A line a blog's byline can look like signs a post only where the article goes on after it. A
 * post may hold quotation marks ("Breaking: the mayor calls it a « pause »") or be printed in them whole («…» over the
 * signature): either way its words are the poster's, and the marks of a whole-post quotation are no part of them.
 */
function embeddedPost(body: string, p: Span, next: Span | undefined, more: boolean): RawQuote | undefined {
  if (!next) return undefined;
  const line = body.slice(next.start, next.end);
  const sig = postSignature(line);
  const text = body.slice(p.start, p.end);
  if (!sig || (sig.form.bylineLike && !more) || text.trim().length === 0 || postSignature(text)) return undefined;
  const start = p.start + (text.length - text.trimStart().length);
  const end = p.start + text.trimEnd().length;
  const lead = next.start + sig.at;
  const whole = WHOLE_QUOTATION.exec(body.slice(start, end));
  const inner = whole ? { start: start + (whole[1] as string).length, end: end - (whole[3] as string).length } : { start, end };
  return { span: { start, end }, parts: [inner], multiParagraph: false, poster: { start: lead, end: lead + sig.name.length } };
}

/**
 * The embedded post a paragraph is, when the post's signature closes the paragraph's own last line ("… the pumps stay on.
 * pic.twitter.com/x1 — Ines Calder (@InesCalder) March 3, 2026"): an embed whose markup was lost with its line breaks.
 * The words before the dash, from the line's start, are the poster's; only a tweet's signature counts (a dash, a name,
 * a handle in brackets: no sentence of a writer's ends so), and a line holding nothing else before the dash is left to
 * embeddedPost, which reads it as the signature of the paragraph before.
 */
function signedOnItsLine(body: string, p: Span): RawQuote | undefined {
  const text = body.slice(p.start, p.end).trimEnd();
  const lineStart = text.lastIndexOf("\n") + 1;
  const line = text.slice(lineStart);
  for (const dash of line.matchAll(/\s[—–-]\s/gu)) {
    const sig = postSignature(line.slice(dash.index + 1));
    if (!sig || sig.form.platform !== "tweet") continue;
    const words = line.slice(0, dash.index);
    const lead = words.length - words.trimStart().length;
    if (!/[\p{L}\p{N}]/u.test(words)) return undefined;
    const start = p.start + lineStart + lead;
    const end = p.start + lineStart + words.trimEnd().length;
    const signature = p.start + lineStart + dash.index + 1 + sig.at;
    const whole = WHOLE_QUOTATION.exec(body.slice(start, end));
    const inner = whole ? { start: start + (whole[1] as string).length, end: end - (whole[3] as string).length } : { start, end };
    return { span: { start, end }, parts: [inner], multiParagraph: false, poster: { start: signature, end: signature + sig.name.length } };
  }
  return undefined;
}

/** Tells whether a lead-in ending in a colon ("The station manager said:") introduces someone's words: it holds a speech verb. */
export type IntroducesQuote = (leadIn: string) => boolean;
/** Whether a text opens with one of the language's speech verbs ("sier politiet."), for quotations a comma closes. */
export type StartsWithSpeechVerb = (text: string) => boolean;

/** Opening mark → closing marks it accepts (German „…“ and the Polish „…” both close). */
// German and Danish print »…« (and Swedish and Finnish »…»), the reverse of French guillemets.
const DOUBLE: Record<string, string> = { "“": "”", '"': '"', "«": "»", "»": "«»", "„": "“”", "‹": "›", "”": "”", "「": "」", "『": "』" };
const SINGLE: Record<string, string> = { "‘": "’", "'": "'", "‚": "‘’", "›": "‹›" };

/**
 * Spanish, Italian and Portuguese print dialogue after a dash that opens the paragraph, and close it where the narrator's
 * words begin after another dash ("—No hay estudio —dijo el portavoz."). Only a dash the narrator's words in small
 * letters follow closes a quotation: a paragraph that opens with a dash and no such inset (a credit, "— Reuters") is none.
 */
const DASH_OPEN = /^[—–―]\s?(?=[\p{L}\p{N}¡¿])/u;
const DASH_INSET = /\s[—–―]\s?(?=\p{Ll})/u;

/**
 * The Nordic languages close such a quotation at a comma and the speech verb in small letters, without a second dash
 * ("– Vi har ikke funnet noe, sier politiet."): the last comma of the paragraph that a speech verb follows.
 */
const COMMA_THEN_WORD = /,\s+(?=\p{Ll})/gu;

/**
 * Web copy of Danish and Norwegian papers often types that dash as a hyphen ("- Vi har fat i de to mistænkte, siger
 * Jens Holm."). A hyphen opening a paragraph is also a list's bullet, so it opens a quotation only where the comma and
 * the speech verb close it, never at an inset.
 */
const HYPHEN_OPEN = /^-\s(?=[\p{L}\p{N}])/u;

function dashQuote(body: string, p: Span, startsWithSpeechVerb?: StartsWithSpeechVerb): RawQuote | undefined {
  const f = firstChar(body, p);
  const hyphen = HYPHEN_OPEN.exec(body.slice(f, p.end));
  const open = DASH_OPEN.exec(body.slice(f, p.end)) ?? hyphen;
  if (!open) return undefined;
  const from = f + open[0].length;
  const rest = body.slice(from, p.end);
  const inset = hyphen ? null : DASH_INSET.exec(rest);
  let end: number | undefined = inset ? from + inset.index : undefined;
  if (end === undefined && startsWithSpeechVerb) {
    const comma = [...rest.matchAll(COMMA_THEN_WORD)].filter((m) => startsWithSpeechVerb(rest.slice((m.index ?? 0) + m[0].length))).pop();
    if (comma) end = from + (comma.index ?? 0);
  }
  if (end === undefined) return undefined;
  return { span: { start: f, end }, parts: [{ start: from, end }], multiParagraph: false };
}

// Full-width punctuation opens a quotation as its ASCII form does ("他说：“…”", "…，「…」"); so does a full-width full stop,
// which CJK text writes with no space before the next sentence's opening mark ("…を発表した。「来年には…」と語った").
const OPEN_BEFORE = /[\s([{—–\-/:«“‘"'：，；、（【〔。！？]/u;

/** Scripts written without spaces between words (and Korean, whose particles cling to the closing mark): a mark may touch a letter. */
const CLINGING = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Hebrew writes the straight mark " as the gershayim of an abbreviation, before its last letter (ח"כ, צה"ל, ד"ר), and
 * writes the prepositions and conjunctions ב ה ו כ ל מ ש onto a quotation as onto a word (כ"מתחסנת השני מיליון", as
 * "…"). A mark between Hebrew letters is the gershayim where one letter ends the word after it, a quotation opening
 * where one to three of those letters open the word before it, and never a closing mark.
 */
const HEBREW_LETTER = /[\u05D0-\u05EA]/u;
const GERSHAYIM = /^"[\u05D0-\u05EA](?![\u05D0-\u05EA])/u;
const HEBREW_PREFIXES_BEFORE = /(?<![\u05D0-\u05EA])[בהוכלמש]{1,3}$/u;

/** True when the straight mark at `i` stands between Hebrew letters (a gershayim or a prefixed quotation's opening). */
function insideHebrewWord(body: string, i: number): boolean {
  return body[i] === '"' && HEBREW_LETTER.test(body[i - 1] ?? "") && HEBREW_LETTER.test(body[i + 1] ?? "");
}

function canOpen(body: string, i: number, paraStart: number): boolean {
  if (i === paraStart) return true;
  const prev = body[i - 1] ?? " ";
  if (insideHebrewWord(body, i)) return !GERSHAYIM.test(body.slice(i, i + 3)) && HEBREW_PREFIXES_BEFORE.test(body.slice(Math.max(0, i - 4), i));
  return OPEN_BEFORE.test(prev) || CLINGING.test(prev);
}

function canClose(body: string, j: number, single: boolean): boolean {
  if (insideHebrewWord(body, j)) return false;
  const next = body[j + 1];
  // A closing single mark followed by a letter is an apostrophe ("they’d").
  if (single && next !== undefined && /[\p{L}\p{N}]/u.test(next) && !CLINGING.test(next)) return false;
  if (single && /\s/.test(body[j - 1] ?? " ")) return false;
  return true;
}

function findClose(body: string, from: number, end: number, closers: string, single: boolean, opener?: string): number {
  // A quotation that quotes in the same marks ("“… fleeing Trump, and “refugees” …”") closes at the mark that balances
  // its own, where the marks balance; unbalanced marks close at the first closer, as a mark left open would.
  if (opener !== undefined && !closers.includes(opener)) {
    let depth = 0;
    for (let j = from; j < end; j++) {
      const c = body[j] ?? "";
      if (c === opener && canOpen(body, j, from)) depth++;
      else if (closers.includes(c) && canClose(body, j, single)) {
        if (depth === 0) return j;
        depth--;
      }
    }
  }
  // A straight mark both opens and closes, so a quotation that quotes in straight marks ("Night ferries "stop" only when
  // this account says so") is read by where each mark stands: one with a space before and a letter after opens a quotation
  // nested inside, and the closer that balances it is not this quotation's end. Where the marks do not balance, the
  // first closer ends it, as a mark left open would.
  if (opener === '"' && closers === '"') {
    let depth = 0;
    for (let j = from; j < end; j++) {
      if (body[j] !== '"') continue;
      if (/\s/u.test(body[j - 1] ?? "") && /[\p{L}\p{N}]/u.test(body[j + 1] ?? "")) depth++;
      else if (canClose(body, j, single)) {
        if (depth === 0) return j;
        depth--;
      }
    }
  }
  for (let j = from; j < end; j++) if (closers.includes(body[j] ?? "") && canClose(body, j, single)) return j;
  return -1;
}

/** Whether the mark at `j` stands where only a closing mark can: after a word or its punctuation, before no letter or digit. */
function inClosingPlace(body: string, j: number): boolean {
  const prev = body[j - 1] ?? " ";
  return !/\s/u.test(prev) && !OPEN_BEFORE.test(prev) && !/[\p{L}\p{N}]/u.test(body[j + 1] ?? " ");
}

/** The first “ in `body[from, end)` standing where only a closing mark can. -1 if none. */
function closingOpener(body: string, from: number, end: number): number {
  for (let j = from; j < end; j++) if (body[j] === "“" && inClosingPlace(body, j)) return j;
  return -1;
}

/**
 * Web copy mixes the marks of two styles in one quotation: a straight opener closed by a curly mark ("Жива ли си?“ –
 * попитала я), a low opener closed by a straight one („Wer war das?" fragte sie). Per opening mark, the marks of the
 * other style that may close it; a low mark only opens; each of the others may also open and close a quotation nested inside, so they close only
 * where their own marks balance.
 */
const OTHER_STYLE_CLOSERS: Record<string, string> = { '"': "„“”", "„": '"', "‚": "'" };

/**
 * The first mark of `marks` in `body[from, end)` that closes a quotation opened in another style: in a closing place
 * with every mark of `marks` opened before it closed again. -1 if none.
 */
function otherStyleClose(body: string, from: number, end: number, marks: string, single: boolean): number {
  let depth = 0;
  for (let j = from; j < end; j++) {
    if (!marks.includes(body[j] ?? "")) continue;
    if (inClosingPlace(body, j) && canClose(body, j, single)) {
      if (depth === 0) return j;
      depth--;
    } else if (body[j] !== "”" && canOpen(body, j, from) && /[\p{L}\p{N}]/u.test(body[j + 1] ?? "")) depth++;
  }
  return -1;
}

// A quotation runs on over at most this many wrapped lines.
const WRAP_LINES = 8;

/** True when paragraph `next` carries on the sentence `prev` breaks off: no end mark on `prev`, a small letter opening `next`. */
function continuesSentence(body: string, prev: Span, next: Span): boolean {
  const end = body.slice(prev.start, prev.end).trimEnd();
  return !/[.!?:;…"”’»]$/u.test(end) && /^\s*\p{Ll}/u.test(body.slice(next.start, next.end));
}

/** The closing mark of a quotation opened in paragraph `from` on a following wrapped line, and that line's index. */
function closeOnWrappedLines(body: string, paragraphs: readonly Span[], from: number, closers: string): { close: number; line: number } | undefined {
  for (let k = from; k + 1 < paragraphs.length && k - from < WRAP_LINES; k++) {
    const next = paragraphs[k + 1] as Span;
    if (!continuesSentence(body, paragraphs[k] as Span, next)) return undefined;
    const close = findClose(body, next.start, next.end, closers, false);
    if (close >= 0) return { close, line: k + 1 };
  }
  return undefined;
}

/** Lines a quotation marked only at its two ends may run over (a chain message, a short post, a letter quoted whole). */
const QUOTED_LINES = 12;

/**
 * The closing mark of a quotation opened at the start of paragraph `from` and closed at the very end of a later line,
 * with no quotation mark on the lines between or before the close on its own line, and that line's index. A line that
 * holds any other mark is someone else's quotation, and a close inside a line is a quotation that ends within it; both
 * leave the opening mark unclosed, as before.
 */
function closeOnQuotedLines(body: string, paragraphs: readonly Span[], from: number, closers: string): { close: number; line: number } | undefined {
  for (let k = from + 1; k < paragraphs.length && k - from <= QUOTED_LINES; k++) {
    const line = paragraphs[k] as Span;
    const text = body.slice(line.start, line.end).trimEnd();
    const last = line.start + text.length - 1;
    const marks = [...text].filter((c) => ANY_MARK.test(c)).length;
    if (marks === 0) continue;
    if (marks === 1 && closers.includes(body[last] ?? "")) return { close: last, line: k };
    return undefined;
  }
  return undefined;
}

/** First non-space offset of a paragraph. */
function firstChar(body: string, p: Span): number {
  let i = p.start;
  while (i < p.end && /\s/.test(body[i] ?? "")) i++;
  return i;
}

// A lead-in is the last sentence of its paragraph, ending in a colon; at most this long.
const LEAD_IN_CHARS = 300;
const ANY_MARK = /["“”„«»‹›「」『』]/u;

/** A paragraph that is one quotation in marks: its opening mark (and space), the words, its closing mark (after a space). */
const WHOLE_QUOTATION = /^([«„“"»‹]\s?)([^«»“”„"‹›]+)(\s?[»“”"«›])$/u;

/** The lead-in sentence that ends paragraph `p` with a colon, if any. */
function leadInOf(body: string, p: Span): Span | undefined {
  const text = body.slice(p.start, p.end).trimEnd();
  if (!/[:：]$/u.test(text)) return undefined;
  const from = Math.max(0, text.length - LEAD_IN_CHARS);
  // The sentence before ends at a stop followed by a space (not the dot of "lifegate.it" or "U.S.").
  const stops = [...text.slice(0, -1).matchAll(/[.!?。]\s+(?=\P{Ll})/gu)];
  const last = stops[stops.length - 1];
  const start = p.start + Math.max(from, last ? (last.index ?? 0) + last[0].length : 0);
  return { start, end: p.start + text.length };
}

/**
 * Finds every quoted stretch of the body, paragraph by paragraph, in reading order. Single marks are read only outside
 * double quotes. With `introducesQuote`, a paragraph printed without marks after a lead-in that ends in a colon and
 * holds a speech verb ("Bohm said:", "ha così commentato:") is a block quotation: many pages set quoted words apart so.
 */
export function findQuotes(body: string, paragraphs: readonly Span[], introducesQuote?: IntroducesQuote, startsWithSpeechVerb?: StartsWithSpeechVerb): RawQuote[] {
  if (!body.includes("‘‘") && !body.includes("’’")) return scanQuotes(body, paragraphs, introducesQuote, startsWithSpeechVerb);
  // Some presses type a double mark as two single ones (‘‘It’s real me’’, “… I assure you.’’). Read with the first of
  // an opening pair and the second of a closing pair as the double mark, the text keeps its length, so every span found
  // holds for the body; the single mark left inside the pair is then no part of the words.
  const scanned = body.replace(/‘‘/gu, "“‘").replace(/’’/gu, "’”");
  const quotes = scanQuotes(scanned, paragraphs, introducesQuote, startsWithSpeechVerb);
  for (const q of quotes) {
    for (const part of q.parts) {
      if (scanned[part.start - 1] === "“" && body.startsWith("‘‘", part.start - 1)) part.start++;
      if (scanned[part.end] === "”" && body.startsWith("’’", part.end - 1)) part.end--;
    }
  }
  return quotes;
}

function scanQuotes(body: string, paragraphs: readonly Span[], introducesQuote?: IntroducesQuote, startsWithSpeechVerb?: StartsWithSpeechVerb): RawQuote[] {
  const out: RawQuote[] = [];
  const { turns, transcript } = transcriptTurns(body, paragraphs);
  const dialogue = !transcript && labelledQuoteParagraphs(body, paragraphs) >= MIN_TURNS;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi] as Span;
    const turn = turns.get(pi);
    if (turn) {
      out.push(turn);
      continue;
    }
    const prev = paragraphs[pi - 1];
    const leadIn = introducesQuote && prev ? leadInOf(body, prev) : undefined;
    const text = body.slice(p.start, p.end);
    const post = embeddedPost(body, p, paragraphs[pi + 1], pi + 2 < paragraphs.length) ?? signedOnItsLine(body, p);
    if (post) {
      out.push(post);
      continue;
    }
    if (leadIn && introducesQuote?.(body.slice(leadIn.start, leadIn.end)) && text.trim().length > 0 && !ANY_MARK.test(text)) {
      const start = p.start + (text.length - text.trimStart().length);
      const end = p.start + text.trimEnd().length;
      out.push({ span: { start, end }, parts: [{ start, end }], multiParagraph: false, leadIn, unmarked: true });
      continue;
    }
    // A quotation in marks that opens the paragraph after such a lead-in is introduced by it the same way
    // ("Mayor Ana Berg said on Monday:" / "“We will close the bridge.”").
    const introduced = leadIn && introducesQuote?.(body.slice(leadIn.start, leadIn.end)) ? leadIn : undefined;
    const firstQuote = out.length;
    let i = p.start;
    const dash = dashQuote(body, p, startsWithSpeechVerb);
    if (dash) {
      out.push(dash);
      i = dash.span.end;
    }
    while (i < p.end) {
      const ch = body[i] ?? "";
      const dbl = DOUBLE[ch];
      const sgl = SINGLE[ch];
      if ((dbl === undefined && sgl === undefined) || !canOpen(body, i, p.start) || (ch === "”" && i !== p.start)) {
        i++;
        continue;
      }
      const single = dbl === undefined;
      const closers = (dbl ?? sgl) as string;
      let j = findClose(body, i + 1, p.end, closers, single, ch);
      // Web copy of German, Czech and Polish papers often opens with „ and closes with a straight mark („…", sagte sie):
      // where no curly closer follows in the paragraph, the straight one closes.
      if (j < 0 && ch === "„") j = findClose(body, i + 1, p.end, '"', false, ch);
      // Some web copy prints the English opening mark for the German and Czech closing one as well ("“Je to nesmysl,“
      // uvedl"): where no ” follows in the paragraph, a “ that touches the words before it and no letter after it closes.
      if (j < 0 && ch === "“") j = closingOpener(body, i + 1, p.end);
      // A mark of the other style that closes before the opener's own closer is this quotation's end: the own closer
      // further on belongs to the next quotation ("Жива ли си?“ – попитала я. … "да").
      const other = OTHER_STYLE_CLOSERS[ch];
      if (other) {
        const k = otherStyleClose(body, i + 1, j < 0 ? p.end : j, other, single);
        if (k > i + 1) j = k;
      }
      if (j > i + 1) {
        out.push({ span: { start: i, end: j + 1 }, parts: [{ start: i + 1, end: j }], multiParagraph: false });
        i = j + 1;
        continue;
      }
      if (single || j === i + 1) {
        i++;
        continue;
      }
      // A text broken at every line (a wire story) ends "paragraphs" inside sentences: the quotation runs on into the
      // next lines while each continues the sentence, up to its closing mark.
      const wrapped = closeOnWrappedLines(body, paragraphs, pi, closers);
      if (wrapped) {
        out.push({ span: { start: i, end: wrapped.close + 1 }, parts: [{ start: i + 1, end: wrapped.close }], multiParagraph: false });
        pi = wrapped.line;
        const cur = paragraphs[pi] as Span;
        out.push(...scanQuotes(body, [{ start: wrapped.close + 1, end: cur.end }]));
        break;
      }
      // A text quoted line by line after a lead-in ("The message reads:" / "“Line one" … "last line.”"): marked only
      // where it opens and where it closes, it is one quotation.
      const block = i === firstChar(body, p) && prev && leadInOf(body, prev) ? closeOnQuotedLines(body, paragraphs, pi, closers) : undefined;
      if (block) {
        const parts: Span[] = [{ start: i + 1, end: p.end }];
        for (let k = pi + 1; k < block.line; k++) parts.push({ start: firstChar(body, paragraphs[k] as Span), end: (paragraphs[k] as Span).end });
        parts.push({ start: firstChar(body, paragraphs[block.line] as Span), end: block.close });
        out.push({ span: { start: i, end: block.close + 1 }, parts, multiParagraph: true });
        pi = block.line;
        break;
      }
      // No closing mark in this paragraph: a quotation that runs on while each following paragraph reopens with the same mark.
      const parts: Span[] = [{ start: i + 1, end: p.end }];
      let qi = pi;
      let closed = -1;
      while (qi + 1 < paragraphs.length) {
        const next = paragraphs[qi + 1] as Span;
        const f = firstChar(body, next);
        if (body[f] !== ch) break;
        qi++;
        const c = findClose(body, f + 1, next.end, closers, false);
        if (c >= 0) {
          parts.push({ start: f + 1, end: c });
          closed = c;
          break;
        }
        parts.push({ start: f + 1, end: next.end });
      }
      const endPara = paragraphs[qi] as Span;
      out.push({ span: { start: i, end: closed >= 0 ? closed + 1 : endPara.end }, parts, multiParagraph: qi > pi });
      if (qi > pi) {
        pi = qi;
        if (closed < 0) break;
        // Keep scanning the closing paragraph after the mark.
        const cur = paragraphs[pi] as Span;
        out.push(...scanQuotes(body, [{ start: closed + 1, end: cur.end }]));
        break;
      }
      i = p.end;
    }
    const opening = out[firstQuote];
    if (introduced && opening && opening.span.start === firstChar(body, p)) opening.leadIn = introduced;
    const label = opening ? quoteLabel(body, p, opening.span.start, transcript, dialogue) : undefined;
    if (opening && label) opening.turn = label;
  }
  return out;
}

/**
 * Words in the quoted parts. A run of a script written without spaces (Japanese, Chinese, Thai) is counted by its
 * letters (wordCount): counted as one word between punctuation, a quoted clause of a post or a confession
 * (「…、…」) would be two "words", as short as a scare quote.
 */
export function quoteWords(body: string, q: RawQuote): number {
  let n = 0;
  for (const s of q.parts) for (const run of body.slice(s.start, s.end).match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? []) n += hasUnspacedLetter(run) ? wordCount(run) : 1;
  return n;
}
