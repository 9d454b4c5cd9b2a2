/** Citations and credits written on a line of their own ("Source: Valley Post", "[Valley Post, 18-02-2016]", an agency's byline). */
import { outletKey } from "../core/outlets.ts";
import { SOCIAL_ACCOUNT, SOCIAL_PLATFORM_ITEM } from "../core/socialAccount.ts";
import { overlaps, textSpan, type Span, type TextSpan } from "../core/spans.ts";
import { type CitedDecision, decideCited, outletDecision } from "./cited.ts";
import { CREDIT_LINE_WORDS, SOURCE_LINE_WORDS } from "./outletNouns.ts";
import { addSyndication, type ArticleReadingState } from "./readingState.ts";
import { agencyBeforePlace, bylineAgency, MADE_BY_LINE } from "./syndication.ts";
import type { Attribution, AttributionFrame } from "./types.ts";

/**
 * Frames by which an article says the whole story is another outlet's: a "Source: X" line. ("This article first appeared
 * in X" is read as syndication itself; "first appeared in X" under another subject says where a story started.)
 */
export const WHOLE_STORY_FRAMES: ReadonlySet<string> = new Set(["source_line"]);

/**
 * How long an address after a source label may be: an article's own address runs to a few hundred characters (a path of
 * a category, a date and a slug), a name to a hundred. Both stay bounded, as the text is anyone's.
 */
const CREDIT_URL_CHARS = 400;
/** The value of a source line: an address, whole, or a name. */
const CREDIT_VALUE = `(?<name>https?://[^\\s|]{1,${CREDIT_URL_CHARS}}|[^\\s|][^\\n|]{1,100}?)`;
/**
 * The labels of a source line: the source words, and the credit words ("Créditos:", "Credits:") before an address only,
 * as before a name they credit a picture or a work's makers as often as the text.
 */
const SOURCE_LABEL = `(?:${SOURCE_LINE_WORDS.join("|")}|(?:${CREDIT_LINE_WORDS.join("|")})(?=\\s*[:：]\\s*https?://))`;
const SOURCE_LINE = new RegExp(`(?:^|[\\s。.!?|])${SOURCE_LABEL}\\s*[:：]\\s*${CREDIT_VALUE}[\\s|]*$`, "u");
/**
 * The same label opening a line of its own, in any letter case ("sumber: harianpagi.com", "source: Valley Courier"): pages
 * write it small as often as capitalised. Only at the line's start: after a stop, "her only source: the plans …" is a sentence.
 */
const SOURCE_LINE_OPENING = new RegExp(`^\\s*${SOURCE_LABEL}\\s*[:：]\\s*${CREDIT_VALUE}[\\s|]*$`, "iu");
/** A bracketed credit with a date ("[Valley Post, 18-02-2016]") closing a quoted passage: where the passage was taken from. */
const BRACKET_CREDIT = /\[(?<name>\p{Lu}[\p{L}\p{N} .&'’-]{1,60}?),\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\]/gu;
/**
 * A source credit in brackets inside the text ("(Source: Valley Post)", "[Quelle: dpa]", "(fonte: Gazzetta del Lago)",
 * "(fonte Gazzetta del Lago)"): where the passage was taken from. The label capitalised or small, as inside a sentence it
 * is written small (not the i flag, under which \p{Lu} matches small letters too); without a colon only before a capital,
 * so that "(fonte vicina al sindaco)" stays words.
 */
const BRACKET_SOURCE = new RegExp(`[(\\[](?:${[...new Set(SOURCE_LINE_WORDS.flatMap((w) => [w, w.toLowerCase()]))].join("|")})(?:\\s*[:：]\\s*|\\s+(?=\\p{Lu}|www\\.))(?<name>[^()\\[\\]\\n]{2,60}?)\\s*[)\\]]`, "gu");
/**
 * A reference of a list of sources, as wikis and blogs close a text: a title in its marks, a dash, the outlet that
 * printed it and a date ("『「港が閉鎖」と町長』 — 海辺新聞, 2020年5月1日", "“Port shut” – Valley Post, 3 May 2020"), maybe after a
 * list mark, a back-link ("↑ 1.0") or the writer's name. Only this whole shape is read, so a sentence that quotes a
 * title is none.
 */
const REFERENCE_LINE = /^[^\n『「“«"]{0,40}?[『「“«"][^\n]{2,120}?[』」”»"]\s*[—–-]\s*(?<name>[^\s,，、。\n][^,，、。\n]{0,40}?)\s*[,，、]\s*[^\n]{0,20}\d[^\n]{0,20}$/u;
const DATED_CREDIT = /^\s*(?<name>\p{Lu}[\p{L}\p{N} .&'’-]{1,60}?)[\s,–—-]+\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s*$/u;
/**
 * A reprint's byline on a line of its own: the writer's name, the outlet they wrote for and the date ("Anna Lind, Valley
 * Post, 3/5/2021"): wherever it stands, the text is that outlet's story.
 */
const WRITER_OUTLET_DATE = /^\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}\s*,\s*(?<name>\p{Lu}[\p{L}\p{N} .&'’-]{1,60}?)\s*,\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*$/u;
/**
 * The same byline without the date, or with the time and date a page prints after it ("Dana Levi, Marovia Post", "<a
 * Hebrew writer's name>, ynet 16:45 12.01.21"): the writer's name (two to four capitalised words, or two or three words
 * of a script without capitals), a comma and the outlet. The name after the comma counts only where the registry or the
 * case knows it as an outlet: "Dana Levi, Jerusalem" is a dateline, "Dana Levi, Politics" a section.
 */
const WRITER_OUTLET = /^\s*(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}|(?:[^\s\p{P}\p{N}\p{Lu}\p{Ll}]+\s+){1,2}[^\s\p{P}\p{N}\p{Lu}\p{Ll}]+)\s*,\s*(?<name>[\p{L}\p{N}][\p{L}\p{N} .&'’-]{1,40}?)(?:\s*(?:\d{1,2}:\d{2})?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})?\s*$/u;

/**
 * The names of a credit that lists several sources ("X / harbourpost.com / NPA", "dpa/AFP", "NPA; Harbour Post",
 * "Harbour Post, Velmont Times"), each with its offset in `raw`; undefined for one name. An address
 * ("https://harbourpost.com/story") keeps its slashes. A comma parts names only where every part opens on a capital or a
 * digit, as names do: "Comune di Velmont, ufficio stampa" is one body and its office, read as before.
 */
export function creditParts(raw: string): { name: string; offset: number }[] | undefined {
  if (/:\/\/|^www\./iu.test(raw) || /\.\p{L}{2,}\/\S/u.test(raw)) return undefined;
  const parts: { name: string; offset: number }[] = [];
  const commaList = raw.includes(",") && raw.split(",").every((p) => /^\s*[\p{Lu}\p{N}]/u.test(p));
  const separator = commaList ? /\s*[/;,]\s*/gu : /\s*[/;]\s*/gu;
  let from = 0;
  for (const sep of raw.matchAll(separator)) {
    parts.push({ name: raw.slice(from, sep.index), offset: from });
    from = (sep.index ?? 0) + sep[0].length;
  }
  parts.push({ name: raw.slice(from), offset: from });
  const named = parts.filter((p) => p.name.trim().length > 0);
  return named.length > 1 ? named : undefined;
}

/** A line that only dates a text: short, with a year or a time of day, and a few words at most ("Friday, May 3, 2013 10:15 EDT"). */
const DATE_LINE = /^(?=[^\n]*(?:(?<!\p{N})(?:19|20)\d{2}(?!\p{N})|\d{1,2}:\d{2}))[^\n.!?;]{4,50}$/u;
/** Most words of letters a date line holds (a weekday, a month, a zone: "Friday, November 3, 2013 19:25 EDT"). */
const DATE_LINE_WORDS = 4;

/** In a paragraph of two lines, one of which only dates the text, where the other line stands (offsets into `text`). */
function besideDateLine(text: string): Span | undefined {
  const lines = text.split("\n");
  if (lines.length !== 2) return undefined;
  const isDate = (line: string): boolean => DATE_LINE.test(line.trim()) && (line.match(/\p{L}{2,}/gu) ?? []).length <= DATE_LINE_WORDS;
  const [first, second] = lines as [string, string];
  const other = isDate(second) ? { start: 0, end: first.length } : isDate(first) ? { start: first.length + 1, end: text.length } : undefined;
  if (!other) return undefined;
  const line = text.slice(other.start, other.end);
  return line.trim().length > 0 && line.length <= 60 && !isDate(line) ? other : undefined;
}

/** The closing stretch of each paragraph (a whole short paragraph, or the last 160 characters of a long one), where credits stand, and whether it is the last paragraph. */
function standaloneLines(body: string, paragraphs: readonly Span[]): { start: number; end: number; text: string; last: boolean; whole: boolean }[] {
  const out: { start: number; end: number; text: string; last: boolean; whole: boolean }[] = [];
  let paired = -1;
  paragraphs.forEach((p, i) => {
    if (i === paired) return;
    const text = body.slice(p.start, p.end);
    // A label over the name on the next line ("Source:" / "Harbour Courier") is read as one line.
    const next = paragraphs[i + 1];
    if (next && /^[^\n]{1,40}[:：]$/u.test(text) && next.end - p.start <= 80 && !body.slice(p.end, next.end).trim().includes("\n")) {
      out.push({ start: p.start, end: next.end, text: body.slice(p.start, next.end), last: i + 1 === paragraphs.length - 1, whole: true });
      paired = i + 1;
      return;
    }
    // A byline over the date and time it was filed, in one paragraph ("By Ana Lind, Valley Post" / "Friday, May 3, 2013
    // 10:15 EDT"), or under them: the line beside the date is read as a line of its own.
    const beside = besideDateLine(text);
    if (beside) {
      out.push({ start: p.start + beside.start, end: p.start + beside.end, text: text.slice(beside.start, beside.end), last: false, whole: true });
      return;
    }
    // A source line whose address is long ("Fonte: https://…/a-long-slug/") is read whole, as a short line is.
    if ((text.length <= 60 || (text.length <= CREDIT_URL_CHARS + 20 && SOURCE_LINE_OPENING.test(text))) && !text.includes("\n")) {
      out.push({ start: p.start, end: p.end, text, last: i === paragraphs.length - 1, whole: true });
      return;
    }
    // A credit may also close a long paragraph ("… 来源:http://…"): its last 160 characters are read as a line.
    const tail = Math.max(p.start, p.end - 160);
    if (!text.slice(tail - p.start).includes("\n")) out.push({ start: tail, end: p.end, text: body.slice(tail, p.end), last: i === paragraphs.length - 1, whole: tail === p.start });
  });
  return out;
}

/**
 * The outlet a byline names in small Latin letters, as an outlet whose name is its address writes itself ("<writer>,
 * ynet"): the registry's, matched whole. Running text keeps such a word a common one (cited.ts `registryWhole`); after a
 * writer's name and a comma, on a line of its own, it can only be whom the writer writes for.
 */
function bylineOutlet(raw: string, st: ArticleReadingState): CitedDecision | undefined {
  if (!/^\p{Script=Latin}+$/u.test(raw)) return undefined;
  return registryDecision(raw, st.registry.byName(raw));
}

/** The decision that `raw` names the registry's `entry`, if there is one. */
function registryDecision(raw: string, entry: ReturnType<ArticleReadingState["registry"]["byName"]>): CitedDecision | undefined {
  return entry ? outletDecision(raw, { key: outletKey(entry.name), name: entry.name }, true, "registry") : undefined;
}

/**
 * The citation a whole line or bracket makes of the outlet a decision names: the line is both the evidence and the
 * sentence attributed, and the rule is the kind of line, then the decision's own rule ("bracket_source/registry").
 */
function lineCitation(frame: AttributionFrame, evidence: TextSpan, outlet: NonNullable<CitedDecision["outlet"]>, decision: CitedDecision, lineRule: string): Attribution {
  return { frame, span: evidence, sentence: evidence, outlet: outlet.key, outletName: outlet.name, confidence: decision.confidence, rule: `${lineRule}/${decision.rule}` };
}

/** Reads the article's standalone source lines, dated credits, bracketed sources and credits into its citations and credits. */
export function citeLines(st: ArticleReadingState, paragraphs: readonly Span[]): void {
  const { body, masked, registry, ownKey, cctx, attributions } = st;
  // A line that says where the text came from ("Source: Valley Post", "来源：http://…") cites it; an outlet's name over a
  // date as the last line ("Valley Post 03/04/2015") says whose story this is.
  for (const line of standaloneLines(body, paragraphs)) {
    // A paragraph that is only a news agency's name ("The Associated Press") is the agency's byline: its story. Written as
    // a picture credit ("© AFP", the language's photoCredits) between two paragraphs, it credits the picture there, not the
    // text; closing the text it may be the story's rights line, and is read as before. The line stands where a credit
    // does, so it is looked up as a credit: a name the registry writes in capitals only counts only so written ("AP",
    // never a navigation link "ap" or "map"); a picture agency's ("Getty Images") credits a picture wherever it stands.
    const pictureCredit = !line.last && st.photoCredits.some((c) => overlaps(c, line));
    // The same agency after the writer's name in a byline ("By Mara Quill, PA"): the writer is no outlet, the agency is.
    // So is its dateline written agency first on a line of its own ("Reuters, HARBOURTON").
    const agency = line.whole && !pictureCredit ? (registry.byCredit(line.text.trim()) ?? bylineAgency(line.text, registry)?.entry ?? agencyBeforePlace(line.text, registry)?.entry) : undefined;
    if (agency?.kind === "agency" && outletKey(agency.name) !== ownKey) {
      const key = outletKey(agency.name);
      addSyndication(st, { outlet: key, outletName: agency.name, evidence: textSpan(body, line.start, line.end), confidence: 0.9, rule: "agency_byline/registry" });
      continue;
    }
    // "Fact check made by X" on a line of its own: X's text, as a "Source: X" line says; only a name the registry or the
    // case knows as an outlet (or that reads as one) counts, so a reporter's byline ("Texto escrito por Ana Lopes") is none.
    const madeBy = line.whole ? MADE_BY_LINE(st.frames)?.exec(line.text) : undefined;
    const madeByName = madeBy?.groups?.name?.trim();
    if (madeBy && madeByName) {
      const start = line.start + (madeBy.index ?? 0) + madeBy[0].indexOf(madeByName);
      const decision = decideCited(madeByName, { descriptor: false, publication: true, allowUnknown: false, at: start }, cctx);
      if (decision?.type === "outlet" && decision.outlet && decision.outlet.key !== ownKey && !attributions.some((a) => a.outlet === decision.outlet?.key && a.frame === "source_line")) {
        const evidence = textSpan(body, line.start, line.end);
        attributions.push(lineCitation("source_line", evidence, decision.outlet, decision, "made_by_line"));
      }
      continue;
    }
    const m = SOURCE_LINE.exec(line.text) ?? (line.whole ? SOURCE_LINE_OPENING.exec(line.text) : null);
    const stamp = m ? undefined : DATED_CREDIT.exec(line.text);
    const datedByline = m || stamp || !line.whole ? undefined : WRITER_OUTLET_DATE.exec(line.text);
    const undatedByline = m || stamp || datedByline || !line.whole ? undefined : WRITER_OUTLET.exec(line.text);
    const byline = datedByline ?? undatedByline;
    const found = m ?? stamp ?? byline;
    const raw = found?.groups?.name?.trim();
    if (!found || !raw) continue;
    const start = line.start + (found.index ?? 0) + found[0].indexOf(raw);
    // "Sumber :" over "• ANTARA FOTO/Rina Lestari": under a caption the label credits the picture, and a picture credit (the
    // language's photoCredits and PICTURE_CREDITS) says who took it, not where the text came from.
    if (st.photoCredits.some((c) => overlaps(c, { start, end: start + raw.length }))) continue;
    // "Source: Instagram @harbour_lens": the account that posted what the story is about, a source, not an outlet.
    const account = m ? SOCIAL_ACCOUNT.exec(raw)?.groups?.handle : undefined;
    if (account) {
      const at = start + raw.lastIndexOf(`@${account}`) + 1;
      st.book.rely(st.book.named(account, textSpan(body, at, at + account.length)));
      continue;
    }
    // "Source: Instagram screenshot": where what the story shows was found, a platform, not a publisher.
    if (m && SOCIAL_PLATFORM_ITEM.test(raw)) continue;
    const evidence = textSpan(body, line.start, line.end);
    // "Source: X / harbourpost.com / NPA": several sources in one credit, each its own name. Glued, they were one outlet no
    // text names; apart, each counts only where the registry or the case knows it (a platform, the page's own address
    // and an unknown word name no outlet), so an unknown part says less rather than more.
    const parts = m ? creditParts(raw) : undefined;
    if (parts) {
      for (const part of parts) {
        const d = decideCited(part.name, { descriptor: false, publication: true, allowUnknown: false, at: start + part.offset }, cctx);
        if (d?.type !== "outlet" || !d.outlet || d.outlet.key === ownKey || attributions.some((a) => a.outlet === d.outlet?.key && a.frame === "source_line")) continue;
        attributions.push(lineCitation("source_line", evidence, d.outlet, d, "source_line"));
      }
      continue;
    }
    // After a source label the name stands in a credit's position: an agency's signature there ("Source: BNS", "Šaltinis:
    // ELTA") names the agency, as it does in a credit line of the header (syndication.ts readCreditLines).
    const decision = (m ? registryDecision(raw, registry.byCredit(raw)) : undefined) ?? decideCited(raw, { descriptor: false, publication: true, allowUnknown: Boolean(m), at: start }, cctx) ?? (undatedByline ? bylineOutlet(raw, st) : undefined);
    if (decision?.type !== "outlet" || !decision.outlet || decision.outlet.key === ownKey) continue;
    // Without a date the line is read as a byline only for an outlet the registry or the case knows by that name.
    if (undatedByline && !decision.outlet.registered) continue;
    if ((stamp && line.last) || byline) {
      addSyndication(st, { outlet: decision.outlet.key, outletName: decision.outlet.name, evidence, confidence: decision.confidence, rule: `${byline ? "byline_credit" : "dated_credit"}/${decision.rule}` });
    } else if (m) {
      attributions.push(lineCitation("source_line", evidence, decision.outlet, decision, "source_line"));
    }
  }

  // A list of references cites each outlet it names, however long the paragraph holding the list.
  for (const line of body.matchAll(/[^\n]+/gu)) {
    const ref = REFERENCE_LINE.exec(line[0]);
    const raw = ref?.groups?.name?.trim();
    if (!ref || !raw) continue;
    const start = (line.index ?? 0) + line[0].lastIndexOf(raw, line[0].search(/[,，、]\s*[^,，、]*$/u));
    const decision = decideCited(raw, { descriptor: false, publication: true, allowUnknown: true, at: start }, cctx);
    if (decision?.type !== "outlet" || !decision.outlet || decision.outlet.key === ownKey || attributions.some((a) => a.outlet === decision.outlet?.key && a.frame === "citing")) continue;
    const evidence = textSpan(body, line.index ?? 0, (line.index ?? 0) + line[0].length);
    attributions.push(lineCitation("citing", evidence, decision.outlet, decision, "reference_line"));
  }

  for (const m of masked.matchAll(BRACKET_SOURCE)) {
    const raw = m.groups?.name ?? "";
    const start = (m.index ?? 0) + m[0].indexOf(raw);
    if (st.photoCredits.some((c) => overlaps(c, { start, end: start + raw.length })) || SOCIAL_PLATFORM_ITEM.test(raw.trim())) continue;
    const end = (m.index ?? 0) + m[0].length;
    // On a line of its own the bracket credits the text ("(Fuente: EFE)" closing it); inside a sentence, only the passage it
    // closes ("ne aveva promessi 200 (fonte X)"): a citation, no outlet of record.
    const ownLine = /(?:^|\n)[ \t]*$/u.test(body.slice(0, m.index ?? 0)) && /^[ \t.]*(?:\n|$)/u.test(body.slice(end));
    // Closing the whole text it is the wire's credit formula ("(Source: Valleypress)" as the last line): one unknown word
    // there names the agency the text came from, as "به گزارش X،" does (decideCited `formula`).
    const closing = ownLine && /^\s*$/u.test(body.slice(end));
    const decision = decideCited(raw, { descriptor: false, publication: true, allowUnknown: true, at: start, ...(closing ? { formula: true } : {}) }, cctx);
    if (decision?.type !== "outlet" || !decision.outlet || decision.outlet.key === ownKey) continue;
    if (attributions.some((a) => a.outlet === decision.outlet?.key && a.frame === "source_line")) continue;
    const evidence = textSpan(body, m.index ?? 0, end);
    attributions.push(lineCitation(ownLine ? "source_line" : "according_to", evidence, decision.outlet, decision, "bracket_source"));
  }

  for (const m of masked.matchAll(BRACKET_CREDIT)) {
    const raw = m.groups?.name ?? "";
    const start = (m.index ?? 0) + 1;
    const decision = decideCited(raw, { descriptor: false, publication: true, allowUnknown: true, at: start }, cctx);
    if (decision?.type !== "outlet" || !decision.outlet || decision.outlet.key === ownKey) continue;
    const evidence = textSpan(body, m.index ?? 0, (m.index ?? 0) + m[0].length);
    attributions.push(lineCitation("source_line", evidence, decision.outlet, decision, "bracket_credit"));
  }
}
