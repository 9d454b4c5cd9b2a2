/** Spanish satire notices. */
import type { SatireNoticeWords } from "./types.ts";

const FICTION = String.raw`(?:fictici\p{L}*|ficci[oó]n|inventad[ao]s?|falsas?|falsos?|s[aá]tira|sat[ií]ric\p{L}*|humor[ií]stic\p{L}*|de\s+humor|parodi\p{L}*)`;

export const es: SatireNoticeWords = {
  language: "es",
  copula: String.raw`es|son`,
  declarations: [
    String.raw`(?:es|son)\s+(?:un[ao]?s?\s+)?(?:[\p{L}-]+\s+){0,2}(?:sat[ií]ric\p{L}*|par[oó]di\p{L}*|humor[ií]stic\p{L}*|de\s+humor|ficci[oó]n|ficticio\p{L}*)(?![\p{L}\p{N}])`,
    String.raw`tod[ao]s\s+(?:(?:sus|nuestr[ao]s|l[ao]s)\s+)?(?:notas|noticias|art[ií]culos|historias|contenidos|publicaciones)\s+(?:\p{L}+\s+){0,3}(?:son|es)\s+${FICTION}`,
  ],
  allStories: String.raw`tod[ao]s\s+(?:(?:sus|nuestr[ao]s|l[ao]s)\s+)?(?:notas|noticias|art[ií]culos|historias|contenidos|publicaciones)(?![\p{L}\p{N}])`,
  self: String.raw`(?:este|nuestro)\s+(?:sitio|portal|medio|blog|diario|peri[oó]dico)(?:\s+web)?|nosotros`,
  denied: String.raw`no\s+(?:es|son|somos)(?![\p{L}\p{N}])|nunca`,
  descriptor: String.raw`(?:(?:el|la|un|una)\s+)?(?:sitio|portal|medio|blog|diario|p[aá]gina)(?:\s+web)?\s+(?:sat[ií]ric\p{L}*|par[oó]dic\p{L}*|humor[ií]stic\p{L}*|de\s+humor)`,
  described: ["La historia nació en el sitio satírico The Weekly Quip."],
  examples: ["The Weekly Quip es un sitio de humor.", "Todas sus notas son ficticias.", "Este sitio es satírico.", "Todas las noticias publicadas aquí son ficción."],
  notNotices: ["La Gaceta del Puerto es un sitio de humor, según los verificadores.", "No somos un sitio satírico."],
};
