/** Swahili satire notices ("X ni tovuti ya vichekesho na kejeli. Habari zote kwenye tovuti hii ni za kubuni."). */
import type { SatireNoticeWords } from "./types.ts";

/** Humour, satire, mockery, jest, fiction: what a site "of" these ("tovuti ya kejeli") prints. */
const SATIRE = String.raw`(?:vichekesho|kejeli|dhihaka|mzaha|utani|kubuni)`;

export const sw: SatireNoticeWords = {
  language: "sw",
  copula: String.raw`ni`,
  declarations: [
    String.raw`ni\s+(?:tovuti|gazeti|blogu|jarida|ukurasa)\s+(?:\p{L}+\s+){0,2}(?:ya|la|wa)\s+${SATIRE}(?![\p{L}\p{N}])`,
    String.raw`(?:habari|makala|hadithi)\s+zote\s+(?:\p{L}+\s+){0,4}ni\s+(?:za\s+)?${SATIRE}(?![\p{L}\p{N}])`,
  ],
  allStories: String.raw`(?:habari|makala|hadithi)\s+zote(?![\p{L}\p{N}])`,
  self: String.raw`(?:tovuti|blogu)\s+hii|(?:gazeti|jarida)\s+hili|sisi`,
  denied: String.raw`si\s+(?:tovuti|gazeti|blogu|jarida)|(?:sisi|hii|hili)\s+si(?![\p{L}\p{N}])`,
  descriptor: String.raw`(?:tovuti|gazeti|blogu|jarida)\s+(?:la|ya)\s+${SATIRE}(?:\s+na\s+${SATIRE})?`,
  described: ["Habari hiyo ilianzia kwenye tovuti ya kejeli The Weekly Quip."],
  examples: ["The Weekly Quip ni tovuti ya vichekesho na kejeli.", "Habari zote kwenye tovuti hii ni za kubuni."],
  notNotices: ["Sisi si tovuti ya kejeli."],
};
