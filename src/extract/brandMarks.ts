/**
 * An outlet named as the owner of a mark something bears ("uma montagem com a logomarca da Rede X informa que …", "a
 * graphic with the Harbour Gazette logo reported", "ein Bild mit Talbote-Logo meldete"): the thing carrying the logo speaks,
 * not the outlet, which a fake made to look like its report only borrows. A frame that reads such a name as the reporter
 * would cite an outlet for a story it never carried. Pure over an article's text.
 */
import { escapeRegExp } from "../core/text.ts";
import type { Span } from "../core/spans.ts";

/**
 * Words for an outlet's visual mark, any language (lower case): its logo, logotype, watermark or visual identity. Only
 * marks: a page, account or programme of an outlet ("o site do Jornal do Vale", "CNN's account") is the outlet's own and stays
 * its report.
 */
export const BRAND_MARK_WORDS: readonly string[] = [
  // en, and the loanword most languages use
  "logo", "logos", "logotype", "logotypes", "watermark", "branding",
  // pt, es, it
  "logomarca", "logomarcas", "logotipo", "logotipos", "logótipo", "logótipos", "marca d'água", "marca d’água", "marca de agua", "identidade visual", "identidad visual",
  // fr, de, nl, sv, da, no, pl, cs, ro, tr
  "logotype", "filigrane", "wasserzeichen", "watermerk", "logga", "loggan", "logotyp", "logotypen", "logotypu", "logotypem", "znak wodny", "logosu", "logolu",
  // scripts without spaces between words: the mark written right after its owner ("NHKのロゴ", "央视台标")
  "ロゴ", "로고", "台标", "标志", "लोगो",
];

const ALTERNATION = [...new Set(BRAND_MARK_WORDS)].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
/** The mark, then at most two short words (a preposition and an article: "logomarca da", "logo of the", "logo du") before the name. */
const MARK_BEFORE = new RegExp(`(?<![\\p{L}])(?:${ALTERNATION})\\s+(?:[\\p{L}'’]{1,5}\\s+){0,2}$`, "iu");
/** The mark right after the name, joined by a space, a hyphen or a possessive ("the X logo", "X-Logo", "X's logo", "Xのロゴ"). */
const MARK_AFTER = new RegExp(`^(?:['’]s|の|的|의)?[\\s-]*(?:${ALTERNATION})(?![\\p{L}])`, "iu");
/** How far before the name the mark may stand (the words of one noun phrase). */
const MARK_LEAD = 40;

/** Whether the name at `name` in `text` is named as the owner of a mark (BRAND_MARK_WORDS) right before or after it. */
export function namedAsBrandMark(text: string, name: Span): boolean {
  const before = text.slice(Math.max(0, name.start - MARK_LEAD), name.start);
  return MARK_BEFORE.test(before) || MARK_AFTER.test(text.slice(name.end, name.end + MARK_LEAD));
}
