/**
 * Bylines and publication stamps ("By Ana Berg, Health Reporter | 6 June 2026", "Publicerad 12 oktober 2026 kl. 14.10",
 * "Posted on October 14, 2026 by admin"): who wrote a page and when it went up, not what it reports. Left in the body
 * they became statements, and two stamps in two languages "told" one claim by their date's numbers. The date itself is
 * read from the raw text (ingest/textDate.ts datelineDate), so removing the line loses nothing.
 */
import { FIELD_SEPARATOR, PUBLISHED, UPDATED, writtenDates } from "../ingest/textDate.ts";
import { BYLINE, BYLINE_WORDS } from "./patterns.ts";

/** A time of day ("14.10", "14:10 Uhr", "14h10", "10:15 am"). */
const TIME_OF_DAY = /(?<![\p{L}\p{N}])\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|hrs|[ap]\.?m\.?))?(?![\p{L}\p{N}])/giu;
/** Words that join a stamp's date and time ("kl. 14.10", "um 14:10", "às 14h10", "le 12 octobre", "at 10:15"), and time zones. */
const CONNECTORS = /(?<![\p{L}])(?:kl|klo|um|am|at|à|a|às|alle|ore|om|op|le|el|em|den|de|del|du|pukul|jam|utc|gmt|bst|cet|cest|wib)(?![\p{L}])\.?/giu;
/** Who posted it ("by admin", "par la rédaction" takes one word: the account or desk name). */
const WHO_POSTED = new RegExp(`(?<![\\p{L}])(?:${BYLINE_WORDS.join("|")})\\s+[^\\s|·•,]+`, "giu");
const PUBLISHED_WORDS = new RegExp(PUBLISHED.source, "giu");
const UPDATED_WORDS = new RegExp(UPDATED.source, "giu");
/** A capitalised word: a name (the writer's, the place's) or a role written as one ("Defence Correspondent"). */
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}’'.-]*/gu;
/**
 * What says a line is a stamp, beside a byline field: a published or updated word, a time of day, who posted it. Each a
 * test of its own (not global: `test` on a global expression would go on from where the last one stopped).
 */
const STAMP_WORD: readonly RegExp[] = [PUBLISHED, UPDATED, TIME_OF_DAY, WHO_POSTED].map((w) => new RegExp(w.source, "iu"));
/** Longest byline field ("By Ana Berg and Tom Reyes, Health Reporters"). */
const MAX_BYLINE_WORDS = 8;
/** Longest line read as a stamp: a byline with a role, a date, a time and an update stamp. */
const MAX_STAMP_CHARS = 160;

/** A text without its times of day, published/updated words, who posted it and joining words. */
function withoutStampWords(text: string): string {
  return text.replace(TIME_OF_DAY, " ").replace(UPDATED_WORDS, " ").replace(PUBLISHED_WORDS, " ").replace(WHO_POSTED, " ").replace(CONNECTORS, " ");
}

/** What a text leaves once its written dates (`dates`, writtenDates'), times, published/updated words, joining words and who posted it are taken out. */
function leftOver(text: string, dates: readonly { start: number; end: number }[]): string {
  let rest = text;
  // Last first, so earlier offsets stay right.
  for (const d of [...dates].sort((a, b) => b.start - a.start)) rest = `${rest.slice(0, d.start)} ${rest.slice(d.end)}`;
  return withoutStampWords(rest);
}

/** Nothing but punctuation and spaces. */
function empty(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

/**
 * Whether a text is made only of a written date (with its year) and names, with at most a published/updated word, a
 * time and who posted it: a stamp or dateline ("Kalvö, 12 October 2026", "By Tom Reyes | 3 May 2026"). It tells
 * nothing, however it came to be read as a sentence.
 */
export function onlyDateAndNames(text: string, language: string | undefined): boolean {
  if (text.length > MAX_STAMP_CHARS) return false;
  // Before any date is parsed: a stamp leaves at most its month's name in lower case ("12 oktober 2026").
  const words = withoutStampWords(text).replace(CAPITALISED, " ").match(/\p{L}+/gu);
  if ((words?.length ?? 0) > 2) return false;
  // Dates are read once: each reading tries every locale chrono has before it finds none ("Report number 1999.").
  const dates = writtenDates(text, language);
  return dates.length > 0 && empty(leftOver(text, dates).replace(CAPITALISED, " "));
}

/**
 * Whether a line is a byline or publication stamp: fields between bars or dashes, each a byline ("By X, role") or a
 * written date with at most a published/updated word, a time, who posted it and, where the line says it is a stamp (a
 * byline field, a published or updated word, a time), names. A line of only names and a date with nothing saying it is
 * a stamp may be a headline ("Budget Day, 12 March 2026"): it is left to the headline reading.
 */
export function isPublicationStamp(line: string, language: string | undefined): boolean {
  if (line.length > MAX_STAMP_CHARS || /[!?:;]$/u.test(line)) return false;
  let dated = false;
  let saysStamp = false;
  for (const field of line.split(FIELD_SEPARATOR)) {
    if (BYLINE.test(field) && field.split(/\s+/).length <= MAX_BYLINE_WORDS) {
      saysStamp = true;
      continue;
    }
    const dates = writtenDates(field, language);
    if (dates.length === 0) return false;
    const rest = leftOver(field, dates);
    if (!empty(rest.replace(CAPITALISED, " "))) return false;
    dated = true;
    if (empty(rest) || STAMP_WORD.some((w) => w.test(field))) saysStamp = true;
  }
  return dated && saysStamp;
}

/** A stamp's label at a line's start ("date", "Published:", "Mis à jour le"); not "on", which opens many a sentence ("On 3 May 2026 the …"). */
const LEADING_LABEL = new RegExp(`^(?:${PUBLISHED.source}|${UPDATED.source})\\s*[:.]?\\s*(?:(?:on|le|am|el|em|il|den|op|pada)(?![\\p{L}])\\s*)?`, "iu");
/** An update label with nothing after it required, to find one run into the next word ("stand" left out: "StandOrt" is a word written so). */
const GLUED_LABEL = new RegExp(`^(?:${UPDATED.source.replace("|stand|", "|")})`.replaceAll("(?![\\p{L}\\p{N}])", ""), "iu");
/** A date in ISO digits, to the month at least ("2019-10", "2019-10-12"), which chrono does not read without its day. */
const ISO_DATE = /^(?:1[89]|20)\d\d-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?(?![\p{L}\p{N}-])/u;
/**
 * Where a stamp's date ends, the text's own first sentence begins: a capital, a digit, an opening quotation mark, or a
 * wire credit in brackets that opens a dateline ("(AFP) - PARIS, 3 MAI -", "(Reuters) -").
 */
const SENTENCE_OPENING = /^\s+(?:[\p{Lu}\p{N}"“„«‘'¿¡]|\(\p{Lu})/u;
/** Fewest words after the stamp for the rest to be the text's first paragraph (not a stamp's own tail). */
const MIN_REST_WORDS = 4;

/**
 * The length of a publication stamp that opens a line and runs straight into the text ("date 2019-10 The mayor …",
 * "Published: 12 May 2026 The mayor …"): a label word and a written date with its year, then a sentence of its own. A
 * page flattened without its line breaks, or a store that writes its date field before the text, glues the stamp to
 * the first paragraph, and the paragraph then became a statement — and a claim's text — that opens with a date
 * field. 0 where the line opens otherwise.
 */
export function leadingStampLength(line: string, language: string | undefined): number {
  const glued = GLUED_LABEL.exec(line)?.[0].length ?? 0;
  // An update label run into the first word ("UpdatedThe mayor …", "Mise à jourLe maire …"): the page's marker, its space lost.
  if (glued > 0 && /\p{Ll}/u.test(line[glued - 1] ?? "") && /\p{Lu}/u.test(line[glued] ?? "")) return glued;
  const label = LEADING_LABEL.exec(line);
  if (!label || /^on$/iu.test(label[0].replace(/[\s:.]+$/u, ""))) return 0;
  const afterLabel = label[0].length;
  const head = line.slice(afterLabel, afterLabel + 40);
  const dateEnd = ISO_DATE.exec(head)?.[0].length ?? writtenDates(head, language).find((d) => d.start === 0)?.end;
  if (dateEnd === undefined) return 0;
  const end = afterLabel + dateEnd;
  const rest = line.slice(end);
  if (!SENTENCE_OPENING.test(rest) || (rest.match(/\p{L}+/gu)?.length ?? 0) < MIN_REST_WORDS) return 0;
  return end;
}
