/** Portuguese satire notices. */
import type { SatireNoticeWords } from "./types.ts";

export const pt: SatireNoticeWords = {
  language: "pt",
  copula: String.raw`é|são`,
  declarations: [
    String.raw`(?:é|são)\s+(?:uma?s?\s+)?(?:[\p{L}-]+\s+){0,2}(?:sat[ií]ric\p{L}*|par[oó]di\p{L}*|humor[ií]stic\p{L}*|de\s+humor|fic[çc][ãa]o|fict[ií]ci\p{L}*)(?![\p{L}\p{N}])`,
    String.raw`tod[ao]s\s+(?:(?:as|os)\s+)?(?:(?:nossas|nossos|suas|seus)\s+)?(?:not[ií]cias|mat[ée]rias|hist[óo]rias|textos|artigos|publica[çc][õo]es|conte[úu]dos)\s+(?:\p{L}+\s+){0,3}(?:são|é)\s+(?:fict[ií]ci\p{L}*|fic[çc][ãa]o|inventad\p{L}*|falsa?s?|sat[ií]ric\p{L}*|s[áa]tira|humor[ií]stic\p{L}*|de\s+humor)`,
  ],
  allStories: String.raw`tod[ao]s\s+(?:(?:as|os)\s+)?(?:(?:nossas|nossos|suas|seus)\s+)?(?:not[ií]cias|mat[ée]rias|hist[óo]rias|textos|artigos|publica[çc][õo]es|conte[úu]dos)(?![\p{L}\p{N}])`,
  self: String.raw`(?:este|esse|nosso)\s+(?:site|blog|portal|jornal|artigo)|n[óo]s`,
  denied: String.raw`n[ãa]o\s+(?:é|são|somos)(?![\p{L}\p{N}])|nunca`,
  descriptor: String.raw`(?:(?:o|a|um|uma)\s+)?(?:site|blog|portal|jornal)\s+(?:sat[ií]ric\p{L}*|par[oó]dic\p{L}*|humor[ií]stic\p{L}*|de\s+humor)`,
  described: ["A história surgiu no site de humor The Weekly Quip."],
  examples: ["The Weekly Quip é um site de humor.", "Todas as notícias deste site são fictícias.", "Este site é satírico."],
  notNotices: ["O Jornal do Porto é um site de humor, segundo os checadores.", "Não somos um site satírico."],
};
