/** French satire notices. */
import type { SatireNoticeWords } from "./types.ts";

export const fr: SatireNoticeWords = {
  language: "fr",
  copula: String.raw`est|sont`,
  declarations: [
    String.raw`(?:est|sont)\s+(?:une?\s+|des\s+)?(?:[\p{L}-]+\s+){0,2}(?:satiri\p{L}*|parodi\p{L}*|humoristi\p{L}*|fictif\p{L}*|fictiv\p{L}*|de\s+la\s+fiction)(?![\p{L}\p{N}])`,
    String.raw`tou(?:s|tes)\s+(?:(?:nos|ses|les|leurs)\s+)?(?:articles|informations|histoires|contenus|nouvelles|textes)\s+(?:[\p{L}']+\s+){0,3}(?:sont|est)\s+(?:fictifs|fictives|fictionnel\p{L}*|invent[ée]\p{L}*|imaginaires|satiriques|parodiques|humoristiques|de\s+la\s+fiction|faux|fausses)`,
  ],
  allStories: String.raw`tou(?:s|tes)\s+(?:(?:nos|ses|les|leurs)\s+)?(?:articles|informations|histoires|contenus|nouvelles|textes)(?![\p{L}\p{N}])`,
  self: String.raw`(?:ce|notre)\s+(?:site|blog|journal|m[ée]dia|article)(?:\s+web)?|nous`,
  denied: String.raw`n['’]\s*(?:est|sont)\s+(?:pas|plus|jamais)|ne\s+(?:sommes|sont|est)\s+(?:pas|plus|jamais)`,
  descriptor: String.raw`(?:(?:le|la|un|une)\s+|l['’]\s*)?(?:site|blog|journal|m[ée]dia|magazine)(?:\s+web)?\s+(?:satiri\p{L}*|parodi\p{L}*|humoristi\p{L}*)`,
  described: ["L'histoire vient du site parodique The Weekly Quip."],
  examples: ["The Weekly Quip est un site parodique.", "Tous ses articles sont fictifs.", "Ce site est satirique."],
  notNotices: ["La Gazette du Port est un site parodique, ont constaté les vérificateurs.", "Nous ne sommes pas un site satirique."],
};
