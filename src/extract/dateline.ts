/**
 * Datelines: where (and sometimes by whom) a story was filed, written before its first sentence. One home for their
 * shapes, because three readers must step over them: the syndication reader (an agency in brackets says whose story
 * this is), the speakers reader (a role that opens the sentence after it), and a claim's label (the claim, not where
 * it was filed).
 */

/**
 * A wire dateline: "LONDON (Reuters) -", "WASHINGTON, May 3 (AP) —", "(AFP) -", "BERLIN (dpa) –" (some agencies write
 * their name in lower case), "ROMA, 10 APR - (ANSA) -", "Lisboa, 11 abr 2026 (Lusa) –", or a date in figures before the
 * agency with no place ("23.11.2019 (SITA) -", "2019-11-23 (SITA) –", as Central European wires head their stories).
 * Agencies put it on every story they send out, in any language; `name` is the agency, or two with a slash where one
 * agency sends out another's story ("Roma, 3 mar. (AdnKronos/Dpa) -").
 */
export const WIRE_DATELINE = /^\s*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?\s*|[\p{Lu}][\p{L} .,'’-]{1,40}?(?:\s*\(\p{Lu}[\p{L} .'’-]{1,30}\))?(?:,\s*(?:[\p{Lu}][\p{Ll}]{2,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,10}\.?)(?:\s+\d{4})?)?\s*(?:[-–—]\s*)?)?\((?<name>\p{L}[\p{L} .&'’-]{0,30}?(?:\/\p{L}[\p{L} .&'’-]{0,30}?)?)\)\s*\.?\s*(?:--?|[—–])\s?(?=\S)/u;

/**
 * A dateline without an agency: a place in capitals, maybe its region, then a dash before a capital ("LONDON — The
 * port …", "SAN JOSÉ, Costa Rica - Officials …", "OOSTERWOLD - Burgemeester …").
 */
const CAPITAL_DATELINE = /^\s*\p{Lu}[\p{Lu} .'’-]{1,30}(?:,\s*[\p{L} .]{2,30})?\s*[-–—]\s+(?=\p{Lu})/u;

/**
 * A site's address in capitals heading the story with a dash ("HARBOURNEWS.COM - The …", "GAZETECİLER.COM – …"): a
 * dateline, whose place the site's name takes; another site's only where the registry knows it (syndication.ts).
 */
export const SITE_DATELINE = /^\s*(?<name>[\p{Lu}\p{N}][\p{Lu}\p{N}-]{1,40}(?:\.[\p{Lu}\p{N}-]{2,20})*\.(?:COM|NET|ORG|INFO|NEWS|TV|\p{Lu}{2})(?:\.\p{Lu}{2})?)\s*[-–—]\s+(?=\S)/u;

/**
 * A dateline with the agency after the place and a bar before the story ("BERLIN dpa | Der …", "PARIS afp | Le …"), as
 * some papers print an agency's story; `name` is the agency's short credit, which only the registry can confirm.
 */
export const PIPE_DATELINE = /^\s*\p{Lu}[\p{Lu} .'’-]{1,30}?\s+(?<name>\p{L}[\p{L}.&/-]{1,20})\s*\|\s*(?=\S)/u;

/**
 * A dateline that sets the agency between two bars, after the place in ordinary case and before the day, as some
 * French-language papers head an agency's story ("Lyon, France | AFP | mardi 03/03/2026 - Le …"); `name` is the agency's
 * short credit, which only the registry can confirm. A figure in the date keeps a menu's trail ("Home | News | …") out.
 */
export const BARRED_DATELINE = /^\s*\p{Lu}[\p{L} .,'’-]{1,40}?\s*\|\s*(?<name>\p{L}[\p{L}.&-]{1,20})\s*\|\s*[^|\n]{0,30}?\d[^|\n]{0,30}?\s[-–—]\s+(?=\S)/u;

/**
 * A dateline that puts the agency before the place, as Spanish-language papers print a wire's story: the agency's short
 * credit glued to the place by a dash ("AFP-QUITO.", "EFE/LIMA -"), `glued`, or in brackets before it ("(EFE) MADRID –"),
 * `bracketed`; the place in capitals, maybe a date after a comma, then a full stop or a dash before the story.
 */
export const AGENCY_FIRST_DATELINE = /^\s*(?:\((?<bracketed>\p{L}[\p{L} .&'’-]{0,30}?)\)\s*|(?<glued>\p{Lu}{2,8})\s?[-–—/]\s?)\p{Lu}{2}[\p{Lu} .'’-]{0,30}?(?:,\s*[^,.–—\n]{1,25}?)?\s*(?:\.\s*[-–—]?|[-–—:])\s+(?=\S)/u;

/**
 * A dateline in a script without capitals that sets the agency between two dashes after the place, as Persian and
 * Arabic wires head a story ("<place> - <agency> - …"); `name` is the agency's short credit, which only the registry can
 * confirm. One or two words without case on each side, so a Latin "PARIS - AFP -" is left to the shapes above. Not
 * stepped over by `datelineLength`: unconfirmed, the same shape sets off a role between a name and its verb.
 */
export const DASHED_AGENCY_DATELINE = /^\s*(?:[^\s\p{P}\p{N}\p{Lu}\p{Ll}]{2,20}(?:\s[^\s\p{P}\p{N}\p{Lu}\p{Ll}]{2,20})?)\s*[-–—]\s*(?<name>[^\s\p{P}\p{N}\p{Lu}\p{Ll}]{2,20}(?:\s[^\s\p{P}\p{N}\p{Lu}\p{Ll}]{2,20})?)\s*[-–—]\s*(?=\S)/u;

/** A place in ordinary case with its date, then a dash ("Lindenfeld, 2. März 2026 – Die …", "Lyon, le 3 mai – Le …"): the date's figure tells it from a name in an aside. */
const DATED_PLACE = /^\s*\p{Lu}[\p{L} .'’-]{1,30},\s*[^,–—\n]{0,20}\d[^,–—\n]{0,20}?\s*[-–—]\s+(?=["“«„]?\p{Lu})/u;

/**
 * A dateline in lenticular brackets, as Japanese and Chinese wires head a story with the place and the agency's short name
 * ("【東京共同】", "【ワシントン時事】"); `inner` is what the brackets hold (the place glued to the agency).
 */
export const BRACKET_DATELINE = /^\s*【(?<inner>[^【】\n]{2,20})】\s*/u;

/**
 * A dateline in round or square brackets that sets the place apart from the agency with an equals sign, then the
 * reporter's byline and another equals sign before the story, as Korean wires head every story ("(강릉=나라통신) 한지우 기자 =
 * …", "[강릉=나라통신] 기자 = …"); `inner` is what the brackets hold (the place, the sign, the agency). The byline's sign
 * may be missing where a page prints the credit alone.
 */
export const EQUALS_DATELINE = /^\s*[(\[（［](?<inner>[^()\[\]（）［］=＝\n]{1,12}[=＝][^()\[\]（）［］=＝\n]{1,20})[)\]）］]\s*(?:[^=＝\n]{0,40}?[=＝]\s*)?(?=\S)/u;

/** How many characters one dateline of any of these shapes takes at the head of `text` (0 when it opens on its sentence). */
function oneDatelineLength(text: string): number {
  // A wire dateline holds its agency in brackets: a text with no "(" is not tried (it is asked of every sentence).
  return (text.includes("(") ? WIRE_DATELINE.exec(text)?.[0].length : undefined) ?? BRACKET_DATELINE.exec(text)?.[0].length ?? EQUALS_DATELINE.exec(text)?.[0].length ?? AGENCY_FIRST_DATELINE.exec(text)?.[0].length ?? (text.includes("|") ? (PIPE_DATELINE.exec(text) ?? BARRED_DATELINE.exec(text))?.[0].length : undefined) ?? SITE_DATELINE.exec(text)?.[0].length ?? CAPITAL_DATELINE.exec(text)?.[0].length ?? DATED_PLACE.exec(text)?.[0].length ?? 0;
}

/**
 * How many characters the datelines at the head of `text` take (0 when it opens on its sentence). An agency may put its
 * name first and the place and date after it ("(ANSA) - ROMA, 10 APR - …"): two datelines, one after the other.
 */
export function datelineLength(text: string): number {
  const first = oneDatelineLength(text);
  return first === 0 ? 0 : first + oneDatelineLength(text.slice(first));
}
