/** English reading data: attribution frames, speech verbs, source nouns, photo credits and credit lines. */
import type { LanguageFrames } from "./types.ts";

const PARTICLE = "(?:al|el|ad|ash|as|an|ar|at|az|bin|ibn|abu|de|da|del|della|di|du|le|la|van|von|der|den|ter|mac|o)";
// A dot belongs to a name only inside it ("U.S"), never at its end (the sentence's full stop).
const WORD = `(?:${PARTICLE}[-\\u2011])?\\p{Lu}(?:[\\p{L}\\p{N}’'&\\-\\u2011]|\\.(?=\\p{L}))*`;

/** Titles before a name, often with a full stop ("Dr. Helen Marsh"): part of how the text names a person, not of the name. */
export const HONORIFIC = "Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Gen|Col|Maj|Capt|Lt|Sgt|Adm|Sen|Rep|Gov|Rev|Sir|Dame|Sheikh|Imam|Rabbi|Father";

export const en: LanguageFrames = {
  language: "en",
  // A run of capitalised words, allowing lower-case particles ("al-Khaleej", "Syrian Observatory for Human Rights").
  name: `(?:(?:${HONORIFIC})\\.?\\s+)?(?:${WORD}(?:\\s+(?:(?:of|for|and|de|du|al|el|bin|ibn|van|von|la|le)\\s+)?${WORD}){0,5})`,
  date: `(?:on|in|last|earlier\\s+(?:this|in)|this)\\s+(?<date>\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\d{4})?|\\p{Lu}\\p{Ll}+(?:\\s+\\d{4})?|week|month|year)`,
  descriptor: `the\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}(?:outlet|newspaper|daily|news\\s+agency|agency|website|site|broadcaster|channel|network|paper|publication|magazine|tabloid|weekly|wire\\s+service|news\\s+site|media\\s+outlet)`,
  end: `(?=\\s*(?:[,.;:!?)"”’]|$|—|–)|\\s+(?:on|in|that|as|last|earlier|this|and|but|citing|which|who|said|says|reported|quoted|back|to|for|about|when|while|after|before|over|with|late|early|recently|yesterday|today|ago|figures|data|statistics|estimates|records|numbers|tallies|counts|survey|polls?|research|analysis)\\b)`,
  frames: [
    { id: "en.reported", frame: "reported", allowUnknown: true, pattern: "{SRC}\\s+(?:has\\s+|had\\s+|first\\s+)?(?:reported|reports|revealed|wrote|writes|published|said\\s+in\\s+a\\s+report)(?:\\s+{DATE})?(?:,?\\s+citing\\s+(?<citing>[^,.;:]+))?", example: "Baghdadi is in the desert, the Asia Times reported on March 28, citing a Syria source.", expect: "the Asia Times" },
    { id: "en.reported.unknown", frame: "reported", allowUnknown: true, pattern: "{SRC}\\s+(?:has\\s+|had\\s+)?(?:reported|revealed)", example: "Kathimerini reported that the ferry had sunk.", expect: "Kathimerini" },
    { id: "en.according_to", frame: "according_to", allowUnknown: true, pattern: "according\\s+to\\s+(?:a\\s+(?:\\w+\\s+){0,2}report\\s+(?:by|in|from|of)\\s+)?{SRC}{END}", example: "an Iraqi intelligence official revealed on April 27, according to al-Khaleej.", expect: "al-Khaleej" },
    { id: "en.according_to.report", frame: "according_to", allowUnknown: true, pattern: "according\\s+to\\s+a\\s+(?:\\w+\\s+){0,2}report\\s+(?:by|in|from|of)\\s+{SRC}{END}", example: "The port was closed, according to a recent report by Lloyd's List.", expect: "Lloyd's List" },
    { id: "en.citing", frame: "citing", allowUnknown: false, pattern: "citing\\s+(?:a\\s+report\\s+(?:by|in|from)\\s+)?{SRC}{END}", example: "The ministry denied the claim, citing Reuters.", expect: "Reuters" },
    { id: "en.told", frame: "told", allowUnknown: true, pattern: "(?:told|tells|telling|said\\s+to|speaking\\s+to|spoke\\s+to|in\\s+an\\s+interview\\s+with|in\\s+comments\\s+to)\\s+{SRC}{END}", example: "“The caliphate will not end,” one woman told AFP.", expect: "AFP" },
    { id: "en.quoted", frame: "quoted", allowUnknown: true, pattern: "{SRC}\\s+quoted\\s+(?<citing>[^.;:]{1,80}?)\\s+as\\s+saying", example: "“Just some Bedouins,” the Hong Kong-based outlet quoted the sources as saying.", expect: "the Hong Kong-based outlet" },
    { id: "en.in_line_with_report", frame: "in_line_with_report", allowUnknown: true, pattern: "(?:in\\s+line\\s+with|consistent\\s+with|echo(?:es|ing|ed)?|confirm(?:s|ed|ing)?|corroborat(?:es|ed|ing))\\s+(?:a|an|the)\\s+(?:\\w+\\s+){0,2}report\\s+(?:of|by|from|in)\\s+{SRC}{END}", example: "These claims are in line with a recent report of the Asia Times.", expect: "the Asia Times" },
    { id: "en.reported_by", frame: "reported_by", allowUnknown: true, pattern: "(?:(?:first\\s+)?reported|revealed|published|broadcast|aired)\\s+(?:earlier\\s+)?by\\s+{SRC}{END}", example: "The deal, first reported by Bloomberg, was signed on Friday.", expect: "Bloomberg" },
    { id: "en.report_by", frame: "reported_by", allowUnknown: true, pattern: "(?:a|the)\\s+(?:\\w+\\s+){0,2}(?:report|investigation|story|article|interview)\\s+(?:by|in|from)\\s+{SRC}{END}", example: "The same was found in a recent investigation by Der Spiegel.", expect: "Der Spiegel" },
    { id: "en.said", frame: "said", allowUnknown: false, pattern: "{SRC}\\s+(?:has\\s+|had\\s+|just\\s+)?(?:said|says|added|noted|notes|claimed|stated|announced|confirmed|confirms|quoted|quotes|updated|analy[sz]ed|boasted|points\\s+out|pointed\\s+out)\\b", example: "Reuters said the convoy had turned back.", expect: "Reuters" },
    { id: "en.as_reports", frame: "reported", allowUnknown: true, pattern: "(?<![\\p{L}])[Aa]s\\s+{SRC}\\s+(?:has\\s+|had\\s+|first\\s+)?(?:reported|reports|noted|notes|points\\s+out|pointed\\s+out|wrote|writes|put\\s+it|revealed|found)\\b", example: "As the Harbour Herald reported, the port is shut.", expect: "the Harbour Herald" },
    { id: "en.inverted", frame: "said", allowUnknown: false, pattern: "[,”\"]\\s*(?:writes|wrote|reports|reported|said|says|announced|notes|noted|boasted|added)\\s+{SRC}{END}", example: "“A rare pleasure,” writes the Harbour Herald.", expect: "the Harbour Herald" },
    { id: "en.possessive", frame: "reported", allowUnknown: false, pattern: "{SRC}[’']s\\s+(?:(?:original|spoof|satirical|own|latest|earlier|first)\\s+)?(?:report|story|article|headline|investigation|analysis|editor|editors|website|post|front\\s+page|feature|piece)\\b", example: "The Valley Post's report was wrong.", expect: "The Valley Post" },
    { id: "en.published_in", frame: "published_in", allowUnknown: true, publication: true, pattern: "(?<!(?:first|originally)\\s)(?:published|appeared|printed|ran)\\s+(?:earlier\\s+)?(?:in|on)\\s+(?:the\\s+(?:journal|magazine|newspaper|website|site|web\\s+site|blog)\\s+(?:called\\s+)?)?{SRC}", example: "A study published in the Annals of Folk Medicine found a link.", expect: "the Annals of Folk Medicine" },
    { id: "en.piece_in", frame: "reported_by", allowUnknown: true, publication: true, pattern: "(?:a|an|the|its|their)\\s+(?:\\w+\\s+){0,2}(?:headline|essay|piece|column|editorial|op-ed|video|feature|post|cover\\s+story)\\s+(?:in|for|on|by|from)\\s+{SRC}{END}", example: "He explained it in an essay for the Quillon Review.", expect: "the Quillon Review" },
    { id: "en.quoting", frame: "citing", allowUnknown: false, pattern: "(?<![\\p{L}])(?:[Qq]uoting|via|h/t)\\s+{SRC}", example: "Quoting the Valley Post, the agency said the dam held.", expect: "the Valley Post" },
    { id: "en.cited_by", frame: "cited_by", allowUnknown: false, pattern: "(?:as\\s+)?(?:cited|quoted)\\s+by\\s+{SRC}{END}", example: "The figure, as cited by Xinhua, is disputed.", expect: "Xinhua" },
    { id: "en.first_appeared_in", frame: "first_appeared_in", allowUnknown: true, syndication: true, pattern: "(?:first|originally)\\s+(?:appeared|published|ran)\\s+(?:in|on|by)\\s+{SRC}{END}", example: "This article first appeared in The Conversation.", expect: "The Conversation" },
    { id: "en.republished_from", frame: "first_appeared_in", allowUnknown: true, syndication: true, pattern: "(?:republished|reprinted|reproduced)\\s+(?:with\\s+permission\\s+)?(?:from|by\\s+arrangement\\s+with)\\s+{SRC}{END}", example: "This story was republished with permission from Global Voices.", expect: "Global Voices" },
  ],
  speechVerbs: ["said", "says", "say", "told", "tells", "added", "adds", "explained", "noted", "stressed", "warned", "claimed", "claims", "insisted", "revealed", "argued", "confirmed", "recalled", "wrote", "replied", "continued", "declared", "stated", "acknowledged", "admitted", "commented", "made similar claims", "testified", "alleged", "asserted", "maintained", "cautioned"],
  pronouns: { singular: ["he", "she"], plural: ["they"] },
  anonymousHeads: ["source", "sources", "official", "officials", "expert", "experts", "commander", "commanders", "diplomat", "diplomats", "analyst", "analysts", "resident", "residents", "witness", "witnesses", "spokesman", "spokeswoman", "spokesperson", "insider", "insiders", "officer", "officers", "activist", "activists", "observer", "observers", "people close to", "person familiar with", "people familiar with", "aide", "aides", "member", "members", "fighter", "fighters", "informant", "worker", "workers", "employee", "employees", "staff", "soldier", "soldiers", "guard", "guards"],
  determiners: ["a", "an", "one", "two", "three", "four", "five", "several", "some", "many", "other", "numerous", "multiple", "the", "these", "those", "various", "few", "senior"],
  roleNouns: ["expert", "journalist", "analyst", "official", "spokesman", "spokeswoman", "spokesperson", "minister", "professor", "researcher", "commander", "fighter", "author", "co-author", "director", "head", "chief", "founder", "editor", "correspondent", "reporter", "lawyer", "diplomat", "ambassador", "general", "colonel", "officer", "president", "secretary", "adviser", "advisor", "scholar", "specialist", "fellow", "mayor", "governor", "senator", "member", "chairman", "leader", "activist", "witness", "resident", "doctor", "historian", "economist", "scientist", "engineer", "manager", "representative", "envoy", "consultant", "master", "captain", "pilot", "worker", "farmer", "teacher", "owner", "trader", "broker"],
  organisationCues: ["intelligence", "ministry", "government", "army", "police", "military", "council", "forces", "observatory", "office", "department", "committee", "command", "coalition", "pentagon", "kremlin", "white house", "un", "nato", "un security council", "agency", "commission", "institute", "foundation", "organisation", "organization", "authority", "court", "party", "bureau", "service", "services", "administration", "municipality", "prosecutor", "prosecutors", "embassy", "hospital", "university", "union", "association", "company", "corporation"],
  outletCues: ["news", "times", "post", "daily", "herald", "journal", "gazette", "monitor", "press", "radio", "tv", "television", "channel", "tribune", "telegraph", "express", "observer", "chronicle", "review", "today", "wire", "agency", "magazine", "weekly", "media"],
  nameStopwords: ["the", "a", "an", "but", "and", "however", "meanwhile", "yesterday", "today", "earlier", "later", "last", "on", "in", "at", "as", "this", "that", "these", "those", "also", "according", "while", "when", "since", "after", "before", "he", "she", "they", "it", "we", "i", "now", "then", "so", "still", "both", "separately", "moreover", "furthermore", "instead", "if", "another", "others", "other", "one", "some", "many", "most", "all", "each", "who", "what", "where", "why", "how", "there", "here", "his", "her", "their", "its", "our", "my", "your"],
  photoCredits: [
    "(?:Photo(?:graph)?s?|Pictures?|Image|Credit|Video|Illustration|Photo\\s+taken)\\s*(?:by)?\\s*:\\s*[^\\n]{0,80}",
    "\\((?:Photo|Picture|Image)\\s+(?:by|credit|:)[^)]{0,80}\\)",
    "©\\s*[^\\n]{0,60}",
    "(?:Photo|Picture|Image)\\s+(?:by|courtesy\\s+of)\\s+[^\\n.]{0,60}",
  ],
  titleCues: ["book", "books", "titled", "entitled", "called", "film", "documentary", "song", "album", "novel", "report", "article", "headline", "op-ed", "column", "essay", "series", "programme", "program", "show", "memoir", "poem", "paper", "study"],
  creditLines: [
    "^\\s*(?:—|–|-|~)\\s*(?<name>[^\\n]{2,60}?)\\s*$",
    "^\\s*(?:This|The)\\s+(?:article|story|piece|report)\\s+(?:was\\s+)?(?:first|originally)\\s+(?:appeared|published|ran)\\s+(?:in|on|by)\\s+(?<name>[^\\n]{2,80}?)[.\\s]*$",
    "^\\s*(?<name>(?:THE\\s+)?[A-Z][A-Z .&'-]{2,40})\\s*$",
    "^\\s*(?:Source|Sources|Via|Courtesy(?:\\s+of)?)\\s*:\\s*(?<name>[^\\n]{2,60}?)\\s*$",
    "^\\s*(?:\\(|\\[)?(?:Additional\\s+)?(?:reporting\\s+(?:by|from)|With)\\s+(?<name>[^\\n)\\]]{2,60}?)(?:\\)|\\])?\\s*$",
  ],
};
