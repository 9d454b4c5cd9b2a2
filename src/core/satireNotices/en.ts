/** English satire notices. */
import type { SatireNoticeWords } from "./types.ts";

export const en: SatireNoticeWords = {
  language: "en",
  copula: String.raw`is|are`,
  declarations: [
    String.raw`(?:is|are)\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}(?:satir\p{L}*|parod\p{L}*|fictional|fantasy)(?![\p{L}\p{N}])`,
    String.raw`all\s+(?:(?:our|its|their)\s+)?(?:stories|articles|content|news|posts)\s+(?:\p{L}+\s+){0,3}(?:are|is)\s+(?:satire|satirical|fiction|fictional|parody|fake)(?![\p{L}\p{N}])`,
    String.raw`for\s+entertainment\s+purposes\s+only`,
  ],
  allStories: String.raw`all\s+(?:(?:our|its|their)\s+)?(?:stories|articles|content|news|posts)(?![\p{L}\p{N}])`,
  self: String.raw`(?:this|our)\s+(?:web\s*)?(?:site|article|story|publication|page|blog|newspaper|magazine|column)|we`,
  denied: String.raw`(?:is|are)\s+(?:not|never|no\s+longer)(?![\p{L}\p{N}])|(?:isn['’]t|aren['’]t)`,
  descriptor: String.raw`(?:(?:the|a|an)\s+)?(?:satir\p{L}*|parody|spoof|humou?r)\s+(?:news\s+)?(?:web\s*site|site|blog|outlet|publication|paper|newspaper|magazine|page|portal)`,
  described: ["The story began on the satirical website The Weekly Quip.", "It was taken from The Weekly Quip, a parody site."],
  examples: ["The Weekly Quip is a satirical publication.", "All its stories are fiction.", "This website is a parody news site.", "We are a satire site for entertainment purposes only."],
  notNotices: ["The Harbour Herald is a satirical site, the fact-checkers found.", "We are not a satirical site, whatever our critics say."],
};
