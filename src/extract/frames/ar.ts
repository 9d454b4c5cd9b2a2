/** Arabic reading data: قال، نقلت … عن، بحسب، وفقاً لـ، لموقع؛ names have no capitals, so an outlet needs a cue word (صحيفة، موقع، وكالة، قناة) or the registry. */
import type { LanguageFrames } from "./types.ts";

// One Arabic word, optionally with the definite article or a hyphen; no case in Arabic script, so frames rely on cue words.
const AWORD = "[\\u0621-\\u064A\\u0671-\\u06D3][\\u0621-\\u065F\\u0670-\\u06D3\\u0640-]*";
const CUE = "(?:صحيفة|جريدة|موقع|وكالة|قناة|مجلة|إذاعة|تلفزيون)";

export const ar: LanguageFrames = {
  language: "ar",
  // An outlet after its cue word: the cue is kept out of the name; one or two words, never a trailing nisba adjective (الإماراتية).
  name: `(?:${CUE}\\s+)?(?:"|«)?(?:${AWORD}(?:\\s+(?!\\p{L}*(?:ية|يّة)(?:\\s|$|[،.]))${AWORD})?|\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){0,3})(?:"|»)?`,
  date: "(?:في|يوم)\\s+(?<date>\\d{1,2}\\s+" + AWORD + "|" + AWORD + "\\s+\\d{1,2})",
  descriptor: `(?:ال(?:صحيفة|جريدة|موقع|وكالة|قناة|مجلة))(?:\\s+${AWORD})?`,
  // A trailing nisba adjective ("الألمانية") may follow the name before the clause goes on.
  end: "(?=(?:\\s+\\p{L}+(?:ية|يّة))?(?:\\s*(?:[،,.؛:!?)»”]|$|—|–)|\\s+(?:أن|إن|عن|في|يوم|الذي|التي|و|ان)(?:\\s|$)))",
  frames: [
    { id: "ar.naqalat_an", frame: "quoted", allowUnknown: true, pattern: "(?:نقلت|نقل)\\s+{SRC}\\s+عن\\s+(?<citing>[^،,.؛:]{2,60})", example: "نقلت صحيفة الخليج عن مسؤول عراقي أن البغدادي في البادية.", expect: "صحيفة الخليج" },
    { id: "ar.bihasab", frame: "according_to", allowUnknown: true, pattern: "(?:بحسب|حسب|وفقاً\\s+ل|وفقا\\s+ل|وفقًا\\s+ل|طبقاً\\s+ل)\\s*(?:ـ)?{SRC}{END}", example: "ويختبئ البغدادي قرب تدمر، بحسب صحيفة الخليج.", expect: "صحيفة الخليج" },
    { id: "ar.wifqan_li", frame: "according_to", allowUnknown: true, pattern: "(?:وفقاً|وفقا|وفقًا)\\s+ل(?:ـ)?{SRC}{END}", example: "وفقاً لوكالة رويترز، انسحبت القوات.", expect: "وكالة رويترز" },
    { id: "ar.li_mawqi", frame: "told", allowUnknown: true, pattern: "(?:قال|قالت|أكد|أكدت|صرح|صرحت)\\s+(?:[^،.]{0,40}?\\s)?ل(?:ـ)?(?<name>(?:صحيفة|جريدة|موقع|وكالة|قناة|مجلة)\\s+(?:\"|«)?[\\u0621-\\u064A][\\u0621-\\u065F\\u0640-]*(?:\\s+(?!\\p{L}*(?:ية|يّة)(?:\\s|$|[،.]))(?!(?:إن|أن|عن|في)(?:\\s|$))[\\u0621-\\u064A][\\u0621-\\u065F\\u0640-]*)?(?:\"|»)?)", example: "وقال الخبير لموقع المدن إن الوضع خطير.", expect: "موقع المدن" },
    { id: "ar.dhakarat", frame: "reported", allowUnknown: true, pattern: "(?:ذكرت|أفادت|كشفت|أوردت)\\s+{SRC}{END}", example: "ذكرت وكالة الأنباء الألمانية أن الهجوم وقع ليلاً.", expect: "وكالة الأنباء" },
  ],
  speechVerbs: ["قال", "قالت", "أضاف", "أضافت", "أكد", "أكدت", "صرح", "صرحت", "أوضح", "أوضحت"],
  pronouns: { singular: [], plural: [] },
  anonymousHeads: ["مصدر", "مصادر", "مسؤول", "مسؤولون", "خبير", "خبراء"],
  determiners: [],
  roleNouns: ["خبير", "الخبير", "الصحفي", "المحلل", "المتحدث", "الباحث", "الوزير"],
  organisationCues: ["وزارة", "الحكومة", "الجيش", "الشرطة", "الاستخبارات", "مجلس", "المرصد"],
  outletCues: ["صحيفة", "جريدة", "موقع", "وكالة", "قناة", "مجلة", "إذاعة", "تلفزيون"],
  nameStopwords: ["عن", "في", "أن", "إن"],
  photoCredits: ["(?:صورة|الصورة|تصوير)\\s*:\\s*[^\\n]{0,60}", "\\((?:صورة|تصوير)[^)]{0,60}\\)"],
  titleCues: ["كتاب", "بعنوان", "فيلم", "تقرير"],
  creditLines: ["^\\s*(?:المصدر|المصدر\\s*:)\\s*:?\\s*(?<name>[^\\n]{2,60}?)\\s*$"],
};
