/**
 * Bengali reading data: «X-এর বরাত দিয়ে» (citing X), «X সূত্রে» (per X), «X-এর খবর অনুযায়ী» (according to X's report),
 * «X-এ প্রকাশিত» (published in X); speakers before «বলেন», «জানান», «জানিয়েছেন». Bengali script has no capitals, as
 * Devanagari has none: a name is what the frame bounds and needs outside evidence (the registry, a case outlet, a
 * publication noun before it), and a speaker needs a role, a title or a pronoun (speakers/nameEntry.ts).
 */
import { SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/** One Bengali word (its vowel signs are marks, not letters). */
const BEN = "(?=\\p{L})\\p{Script=Bengali}[\\p{Script=Bengali}\\p{M}\\u200c\\u200d]*";
/** Titles written before a person's name ("মো.", "মোঃ" for Mohammad, "ড." Dr, "জনাব" Mr): honorifics, never part of it. */
const TITLES = ["মোঃ", "মো", "ড", "ডা", "জনাব", "শ্রী", "শ্রীমতী", "বেগম"];
/** Postpositions, pronouns and function words that are never part of a name ("এক", "এই", "এবং", "থেকে"). */
/** Role nouns of one word ("প্রশাসক", administrator): never part of a name, so the name after a role is read alone. */
const ROLES = ["মন্ত্রী", "প্রতিমন্ত্রী", "প্রধানমন্ত্রী", "মুখ্যমন্ত্রী", "রাষ্ট্রপতি", "পরিচালক", "মহাপরিচালক", "প্রশাসক", "মুখপাত্র", "সচিব", "চেয়ারম্যান", "সভাপতি", "অধ্যাপক", "চিকিৎসক", "ডাক্তার", "বিশেষজ্ঞ", "সাংবাদিক", "প্রতিবেদক", "কর্মকর্তা", "সুপার", "মেয়র", "বিধায়ক", "প্রকৌশলী", "উপাচার্য", "নেতা"];
const STOP = [...ROLES, "এক", "একটি", "এই", "ওই", "সেই", "এবং", "ও", "বা", "থেকে", "কাছে", "জন্য", "দিয়ে", "নিয়ে", "হয়", "হয়েছে", "না", "নয়", "যে", "তিনি", "তারা", "তাঁরা", "তার", "তাঁর", "আমরা", "বলেন", "বলেছেন", "জানান", "জানিয়েছেন", "অনুযায়ী", "অনুসারে", "বরাত", "সূত্রে", "সূত্র", "খবর", "প্রতিবেদন", "গতকাল", "আজ", "আরো", "আরও", "আবার", "পরে", "এসময়", "এছাড়া", "তবে", "সাংবাদিকদের", "গণমাধ্যমকে", "বুধবার", "মঙ্গলবার", "সোমবার", "রবিবার", "শনিবার", "শুক্রবার", "বৃহস্পতিবার", ...TITLES];
const NOT_STOP = `(?!(?:${STOP.join("|")})(?![\\p{L}\\p{M}]))`;
/** A Latin-script name in a Bengali text ("Reuters", "The Daily Star"). */
const LATIN = "\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,4}";
/** Publication nouns before a name ("দৈনিক X", "বার্তা সংস্থা X", "অনলাইন পোর্টাল X"), kept as `cue`. */
const CUE = "(?:(?<cue>দৈনিক|সাপ্তাহিক|পত্রিকা|সংবাদপত্র|বার্তা\\s+সংস্থা|সংবাদ\\s+সংস্থা|নিউজ\\s+পোর্টাল|অনলাইন\\s+পোর্টাল|পোর্টাল|চ্যানেল|টেলিভিশন|ওয়েবসাইট)\\s+)";
/** The genitive ending an outlet's name takes before a postposition, written on or after a hyphen or an apostrophe ("X-এর", "Xর", "X’র"). */
const GEN = "(?:-?এর|-?র|[’']র)?";
const B = "(?<![\\p{L}\\p{M}])";
const E = "(?![\\p{L}\\p{M}])";

export const bn: LanguageFrames = {
  language: "bn",
  name: `(?:${LATIN}|${NOT_STOP}${BEN}(?:\\s+${NOT_STOP}${BEN}){0,3})`,
  date: `(?<date>[\\d০-৯]{1,2}\\s+${BEN}(?:\\s+[\\d০-৯]{4})?)`,
  descriptor: "(?:এই|ওই|সেই)\\s+(?:পত্রিকা|সংবাদপত্র|চ্যানেল|বার্তা\\s+সংস্থা|পোর্টাল)",
  end: "(?=[\\s,।.;:!?)»”\"’-]|$)",
  frames: [
    { id: "bn.borat", frame: "citing", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?{SRC}${GEN}\\s+বরাত\\s+দিয়ে${E}`, example: "দৈনিক নদীকণ্ঠ-এর বরাত দিয়ে জানা গেছে, সেতু বন্ধ থাকবে।", expect: "নদীকণ্ঠ" },
    { id: "bn.sutre", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?{SRC}\\s+সূত্রে${E}`, example: "বার্তা সংস্থা নদীকণ্ঠ সূত্রে জানা গেছে, সেতু বন্ধ থাকবে।", expect: "নদীকণ্ঠ" },
    { id: "bn.onujayi", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?{SRC}${GEN}\\s+(?:(?:খবর|প্রতিবেদন|রিপোর্ট)\\s+)?(?:অনুযায়ী|অনুসারে)${E}`, example: "দৈনিক নদীকণ্ঠ-এর প্রতিবেদন অনুযায়ী সেতু বন্ধ থাকবে।", expect: "নদীকণ্ঠ" },
    { id: "bn.prokashito", frame: "reported_by", allowUnknown: true, publication: true, needsEvidence: true, pattern: `${B}${CUE}?{SRC}(?:-?এ|-?তে)\\s+প্রকাশিত${E}`, example: "দৈনিক নদীকণ্ঠ-এ প্রকাশিত প্রতিবেদনটি ভুল ছিল।", expect: "নদীকণ্ঠ" },
  ],
  // "X স্বাক্ষরিত (এক) বিজ্ঞপ্তিতে" (in a statement signed by X): the signer speaks through the statement.
  speechVerbs: ["স্বাক্ষরিত", "বলেছিলেন", "বলেছেন", "বলেন", "জানিয়েছেন", "জানিয়েছে", "জানান", "জানায়", "উল্লেখ করেছেন", "উল্লেখ করেন", "দাবি করেছেন", "দাবি করেন", "লিখেছেন", "লেখেন"],
  complementisers: ["যে"],
  pronouns: { singular: ["তিনি", "উনি"], plural: ["তারা", "তাঁরা"] },
  anonymousHeads: ["সূত্র", "সূত্রটি", "কর্মকর্তা", "কর্মকর্তারা", "প্রত্যক্ষদর্শী", "প্রত্যক্ষদর্শীরা", "বিশেষজ্ঞ", "বিশেষজ্ঞরা", "মুখপাত্র", "বাসিন্দা", "বাসিন্দারা", "স্থানীয়রা"],
  determiners: ["এক", "একজন", "একটি", "কয়েকজন", "অনেক", "দুই", "তিন"],
  abbreviatedTitles: TITLES,
  roleNouns: [...ROLES, "প্রকল্প পরিচালক", "জেলা প্রশাসক", "পুলিশ সুপার", "সংসদ সদস্য"],
  organisationCues: ["মন্ত্রণালয়", "সরকার", "পুলিশ", "সেনাবাহিনী", "বিশ্ববিদ্যালয়", "অধিদপ্তর", "দপ্তর", "বিভাগ", "কর্তৃপক্ষ", "কমিশন", "আদালত", "ব্যাংক", "কোম্পানি", "দল", "পরিষদ", "সংস্থা"],
  outletCues: ["দৈনিক", "পত্রিকা", "সংবাদপত্র", "নিউজ", "টিভি", "টাইমস", "চ্যানেল", "পোর্টাল", "অনলাইন", "ডটকম", "বার্তা", "সংবাদ"],
  genericSources: ["গণমাধ্যম", "সংবাদমাধ্যম", "স্থানীয় গণমাধ্যম", "সামাজিক যোগাযোগমাধ্যম", "সামাজিক মাধ্যম", "ফেসবুক", "সূত্র", "বিভিন্ন সূত্র", "নিজস্ব প্রতিবেদক"],
  nameStopwords: STOP,
  photoCredits: ["(?:ছবি|ফটো|চিত্র)\\s*:\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  titleCues: ["বই", "গ্রন্থ", "চলচ্চিত্র", "সিনেমা", "গান", "প্রতিবেদন", "শিরোনাম", "শিরোনামে"],
  creditLines: [SIGNATURE_LINE, "^\\s*(?:সূত্র|তথ্যসূত্র)\\s*:\\s*(?<name>[^\\n]{2,60}?)\\s*$"],
};
