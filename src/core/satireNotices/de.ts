/** German satire notices. */
import type { SatireNoticeWords } from "./types.ts";

export const de: SatireNoticeWords = {
  language: "de",
  copula: String.raw`ist|sind`,
  declarations: [
    String.raw`(?:ist|sind)\s+(?:eine?\s+)?(?:[\p{L}-]+\s+){0,2}(?:satiri\p{L}*|satire-?\p{L}*|parodi\p{L}*|fiktiv\p{L}*|frei\s+erfunden)(?![\p{L}\p{N}])`,
    String.raw`alle\s+(?:(?:unsere[rn]?|seine|ihre|die)\s+)?(?:Artikel|Texte|Meldungen|Beiträge|Nachrichten|Geschichten|Inhalte)\s+(?:\p{L}+\s+){0,3}(?:sind|ist)\s+(?:frei\s+erfunden|erfunden|fiktiv|Satire|satirisch)`,
  ],
  allStories: String.raw`alle\s+(?:(?:unsere[rn]?|seine|ihre|die)\s+)?(?:Artikel|Texte|Meldungen|Beiträge|Nachrichten|Geschichten|Inhalte)(?![\p{L}\p{N}])`,
  self: String.raw`(?:diese|unsere)\s+(?:Seite|Website|Webseite|Zeitung)|(?:dieser|unser)\s+(?:Blog|Artikel)|wir`,
  denied: String.raw`(?:ist|sind)\s+(?:nicht|keine?|nie)(?![\p{L}\p{N}])`,
  descriptor: String.raw`(?:(?:die|der|das|eine?[mnr]?|dem|den)\s+)?(?:Satire-?(?:seite|website|webseite|portal|blog|magazin|zeitung)|satirisch\p{L}*\s+(?:Seite|Website|Webseite|Portal|Blog|Magazin|Zeitung))`,
  described: ["Die Geschichte stammt von der Satireseite The Weekly Quip."],
  examples: ["The Weekly Quip ist eine Satireseite.", "Alle Artikel auf dieser Seite sind frei erfunden.", "Diese Seite ist satirisch."],
  notNotices: ["Der Hafenbote ist eine Satireseite, fanden die Faktenprüfer heraus.", "Wir sind keine Satireseite."],
};
