/** Italian satire notices. */
import type { SatireNoticeWords } from "./types.ts";

export const it: SatireNoticeWords = {
  language: "it",
  copula: String.raw`è|sono`,
  declarations: [
    String.raw`(?:è|sono)\s+(?:un[ao]?\s+|un['’]\s*)?(?:[\p{L}-]+\s+){0,2}(?:satiric\p{L}*|parodi\p{L}*|umoristic\p{L}*|di\s+satira|di\s+fantasia|fittiz\p{L}*|inventat\p{L}*)(?![\p{L}\p{N}])`,
    String.raw`tutt[ie]\s+(?:(?:gli|le|i)\s+)?(?:(?:nostr|su)[ieo]\s+)?(?:articoli|notizie|storie|contenuti|post)\s+(?:\p{L}+\s+){0,3}(?:sono|è)\s+(?:fittiz\p{L}*|inventat\p{L}*|satir\p{L}*|di\s+fantasia|frutto\s+di\s+fantasia|parodi\p{L}*|umoristic\p{L}*|false)`,
  ],
  allStories: String.raw`tutt[ie]\s+(?:(?:gli|le|i)\s+)?(?:(?:nostr|su)[ieo]\s+)?(?:articoli|notizie|storie|contenuti|post)(?![\p{L}\p{N}])`,
  self: String.raw`(?:questo|il\s+nostro)\s+(?:sito|blog|giornale|articolo|portale)|noi`,
  denied: String.raw`non\s+(?:è|sono|siamo)(?![\p{L}\p{N}])|mai`,
  descriptor: String.raw`(?:(?:il|lo|la|un|una|uno)\s+)?(?:sito|blog|giornale|portale)(?:\s+web)?\s+(?:satiric\p{L}*|parodistic\p{L}*|umoristic\p{L}*|di\s+satira)`,
  described: ["La storia è nata sul sito satirico The Weekly Quip."],
  examples: ["The Weekly Quip è un sito satirico.", "Tutte le notizie pubblicate sono inventate.", "Questo sito è umoristico."],
  notNotices: ["La Gazzetta del Porto è un sito satirico, hanno scoperto i verificatori.", "Non siamo un sito satirico."],
};
