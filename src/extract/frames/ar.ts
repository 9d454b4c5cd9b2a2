/** Arabic reading data: قال، نقلت … عن، بحسب، وفقاً لـ، لموقع؛ names have no capitals, so an outlet needs a cue word (صحيفة، موقع، وكالة، قناة) or the registry. */
import type { LanguageFrames } from "./types.ts";

// One Arabic word, optionally with the definite article or a hyphen; no case in Arabic script, so frames rely on cue words.
const AWORD = "[\\u0621-\\u064A\\u0671-\\u06D3][\\u0621-\\u065F\\u0670-\\u06D3\\u0640-]*";
const CUE = "(?:صحيفة|جريدة|موقع|وكالة|قناة|مجلة|إذاعة|تلفزيون)";
/** The cue word before a name, kept apart as the frame's `cue` (the name pattern may still take it for other readers). */
const CUE_GROUP = `(?:(?<cue>${CUE})\\s+)?`;
/**
 * Words that begin no outlet's name but often follow حسب / بحسب / وفقاً لـ: "what" (ما), "the latest" (آخر), sources, reports,
 * statements, figures, media in general. A name may not start with one of them (with or without the article).
 */
export const AR_NOT_NAMES = ["ما", "آخر", "أحدث", "مصادر", "مصدر", "تقارير", "تقرير", "معلومات", "بيانات", "تصريحات", "أرقام", "إحصاءات", "إحصائيات", "مسؤولين", "مسؤول", "مسؤولون", "شهود", "وسائل", "إعلام", "مراقبين", "خبراء", "رواية", "قول", "ادعاء", "تعبير", "وصف", "تقديرات", "نتائج", "دراسة", "استطلاع", "بعض", "ناشطين", "ناشطون", "مواقع", "صحف", "وكالات", "نص", "به", "بها", "له", "لها", "الذي", "التي", "هذا", "هذه", "ذلك", "تلك", "أن", "إن", "مع", "في", "من"];
const NOT_NAME = `(?!(?:ال)?(?:${AR_NOT_NAMES.join("|")})(?![\\u0621-\\u065F\\u0670-\\u06D3]))`;

/**
 * The days of the week, with the article as the press writes them after a verb of reporting ("ذكرت إذاعة الوادي الأربعاء أن":
 * the radio reported on Wednesday): when it was said, never a word of the name before it.
 */
export const AR_WEEKDAYS = ["الأحد", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة", "السبت"];
/** Not a day of the week as a whole word: a name's second word never is one. */
const NOT_WEEKDAY = `(?!(?:${AR_WEEKDAYS.join("|")})(?![\\u0621-\\u065F\\u0670-\\u06D3]))`;

/**
 * Verbs of publishing or relaying, as one class: said, published, confirmed, relayed, mentioned, revealed, carried, took up,
 * stated, pointed out, made clear (past stems; the feminine adds ت). Written with an object suffix too ("نشرتها صحيفة": the newspaper
 * published it; "نقله موقع": the site relayed it). Their subject is an outlet only behind an outlet noun or in the registry.
 */
const AR_REPORT_VERB_STEMS = ["قال", "نشر", "أكد", "نقل", "ذكر", "كشف", "أورد", "تناول", "أفاد", "أشار", "أوضح"];
/** The same verbs in the present ("تنقل صحيفة", "يقول موقع"). */
const AR_REPORT_VERB_PRESENT = ["تقول", "يقول", "تنشر", "ينشر", "تؤكد", "يؤكد", "تنقل", "ينقل", "تذكر", "يذكر", "تكشف", "يكشف", "تورد", "يورد", "تتناول", "يتناول", "تفيد", "يفيد", "تشير", "يشير", "توضح", "يوضح"];
const OBJECT_SUFFIX = "(?:ها|هما|هم|ه)?";
const REPORT_VERB = `(?<![\\u0621-\\u064A])(?:و|ف)?(?:(?:${AR_REPORT_VERB_STEMS.join("|")})ت?|${AR_REPORT_VERB_PRESENT.join("|")})${OBJECT_SUFFIX}(?![\\u0621-\\u064A])`;
/**
 * A name set in quotation marks after an outlet noun: the marks bound it, so the clause may go on with any word ("ونقلت صحيفة
 * "الفجر" تفاصيل الدراسة"); Latin letters in any case ("موقع “ndtv”"). Web text also sets it between doubled apostrophes
 * (''الفجر''), typed where no quotation mark is at hand, and the press in brackets ("كشفت صحيفة (الفجر) أن").
 */
const QUOTED_NAME = `(?:["«“]|''|\\()(?<name>[^"«»“”()\\n]{2,40}?)(?:["»”]|''|\\))`;
/** "نقل(ه) … عن صحيفة": relayed (it) … from an outlet noun — عن after a relaying verb is "from", not "about". */
const RELAYED_FROM = `(?<![\\u0621-\\u064A])(?:و|ف)?(?:نقل|ينقل|تنقل)(?:ت|ته|ها|ه|تها)?\\s+[^،.؛:\\n]{0,60}?\\s+عن\\s+(?<cue>${CUE})\\s+`;
/** "بحسب ما / وفق ما / وفقاً لما" — according to what (an outlet published): حسب and وفق before a relative clause. */
const ACCORDING_TO_WHAT = "(?:(?:بحسب|حسب|وفق)\\s+ما|(?:وفق|طبق)(?:اً|ا|ًا)\\s+لما)";

/**
 * A fact-checking team: "فريق التحقق" (the verification team), "فريق تدقيق المعلومات", "فريق تقصي الحقائق", "فريق الرصد":
 * the team's work, one word and maybe its object. Its report is the outlet's it works at ("فريق التحقق في موقع X").
 */
const CHECK_TEAM = `فريق\\s+(?:ال)?(?:تحقق|تدقيق|تقصي|رصد|فحص)(?:\\s+(?:من\\s+)?${AWORD})?`;
/** What such a team did, after it: found, succeeded (in exposing), reached, refuted, denied, or one of the report verbs. */
const TEAM_FOUND = `(?:${REPORT_VERB}|(?<![\\u0621-\\u064A])(?:و|ف)?(?:نجح|توصل|تمكن|فند|نفى|رصد)ت?(?![\\u0621-\\u064A]))`;

/** A name in Latin letters inside Arabic text, with the particles Latin names hold ("Le Quotidien de Tamzirt", "Voice of the Coast"). */
const LATIN_NAME = "\\p{Lu}[\\p{L}-]+(?:\\s+(?:(?:de|du|des|del|della|di|da|do|dos|das|of|the|and|la|le|el|al)\\s+)?\\p{Lu}[\\p{L}-]+){0,4}";

/** Speech verbs, third person past (he, she, they): tweeted, wrote, said, added, stressed, stated, explained, mentioned, pointed out, went on, claimed, reported. */
const SPEECH_VERBS = ["غرد", "غردت", "كتب", "كتبت", "قال", "قالت", "قالوا", "أضاف", "أضافت", "أكد", "أكدت", "أكدوا", "صرح", "صرحت", "أوضح", "أوضحت", "ذكر", "ذكرت", "أشار", "أشارت", "تابع", "تابعت", "زعم", "زعمت", "أفاد", "أفادت"];

/** Each word, and the word with "and" (و) or "so" (ف) written onto it, as Arabic writes them. */
function withConjunction(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, `و${w}`, `ف${w}`]);
}

export const ar: LanguageFrames = {
  language: "ar",
  // An outlet after its cue word: the cue is kept out of the name; one or two words, never a trailing nisba adjective (الإماراتية).
  name: `(?:${CUE}\\s+)?(?:"|«)?(?:${NOT_NAME}${AWORD}(?:\\s+(?!\\p{L}*(?:ية|يّة)(?:\\s|$|[،.]))${NOT_WEEKDAY}${AWORD})??|${LATIN_NAME})(?:"|»)?`,
  date: "(?:في|يوم)\\s+(?<date>\\d{1,2}\\s+" + AWORD + "|" + AWORD + "\\s+\\d{1,2})",
  // "الصحيفة", and after the preposition ل, which swallows the article's alif ("وفقاً للصحيفة" = ل + لصحيفة).
  descriptor: `(?:(?:ال|ل)(?:صحيفة|جريدة|موقع|وكالة|قناة|مجلة))(?:\\s+${AWORD})?`,
  // A trailing nisba adjective ("الألمانية") may follow the name before the clause goes on.
  end: `(?=(?:\\s+\\p{L}+(?:ية|يّة))?(?:\\s*(?:[،,.؛:!?)»”]|$|—|–)|\\s+(?:أن|إن|بأن|بان|عن|في|يوم|الذي|التي|و|ان|أمس|اليوم|على|إلى|من|حول|تقريرا|تقريراً|مقالا|مقالاً|خبرا|خبراً|بيانا|بياناً|${AR_WEEKDAYS.join("|")})(?![\\u0621-\\u065F\\u0670-\\u06D3])))`,
  frames: [
    // "وقال مراسل الجزيرة إن …" (Al Jazeera's correspondent said): what an outlet's correspondent reports is the outlet's
    // report; the person is whose staff they are (`staffOf`). Registry names only, as in the other languages' staff frames.
    { id: "ar.murasil", frame: "reported", allowUnknown: false, needsEvidence: true, staffOf: true, pattern: "(?<![\\u0621-\\u064A])(?:و|ف|ل)?(?:مراسل|مراسلة|مراسلو|مراسلي|موفد|موفدة)\\s+" + CUE_GROUP + "{SRC}{END}", example: "وقال مراسل رويترز إن الجسر أغلق.", expect: "رويترز" },
    { id: "ar.naqalat_an", frame: "quoted", allowUnknown: true, needsEvidence: true, pattern: "(?:نقلت|نقل)\\s+" + CUE_GROUP + "{SRC}\\s+عن\\s+(?<citing>[^،,.؛:]{2,60})", example: "نقلت صحيفة الخليج عن مسؤول عراقي أن البغدادي في البادية.", expect: "الخليج" },
    { id: "ar.bihasab", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: "(?:بحسب|حسب|وفقاً\\s+ل|وفقا\\s+ل|وفقًا\\s+ل|طبقاً\\s+ل)\\s*(?:ـ\\s*)?" + CUE_GROUP + "{SRC}{END}", example: "ويختبئ البغدادي قرب تدمر، بحسب صحيفة الخليج.", expect: "الخليج" },
    { id: "ar.wifqan_li", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: "(?:وفقاً|وفقا|وفقًا)\\s+ل(?:ـ\\s*)?" + CUE_GROUP + "{SRC}{END}", example: "وفقاً لوكالة رويترز، انسحبت القوات.", expect: "رويترز" },
    { id: "ar.li_mawqi", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `(?:قال|قالت|أكد|أكدت|صرح|صرحت)\\s+(?:[^،.]{0,40}?\\s)?ل(?:ـ)?(?<cue>صحيفة|جريدة|موقع|وكالة|قناة|مجلة)\\s+(?<name>(?:"|«)?${NOT_NAME}[\\u0621-\\u064A][\\u0621-\\u065F\\u0640-]*(?:\\s+(?!\\p{L}*(?:ية|يّة)(?:\\s|$|[،.]))(?!(?:إن|أن|عن|في)(?:\\s|$))${NOT_WEEKDAY}[\\u0621-\\u064A][\\u0621-\\u065F\\u0640-]*)?(?:"|»)?)`, example: "وقال الخبير لموقع المدن إن الوضع خطير.", expect: "المدن" },
    { id: "ar.dhakarat", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: "(?:ذكرت|أفادت|كشفت|أوردت)\\s+" + CUE_GROUP + "{SRC}{END}", example: "ذكرت وكالة الأنباء الألمانية أن الهجوم وقع ليلاً.", expect: "الأنباء" },
    // "قالت" / "نشرت" / "نقلت" take any subject (a minister, a ministry): only a publication noun makes it an outlet's report.
    { id: "ar.qalat_sahifa", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `${REPORT_VERB}\\s+(?<cue>${CUE})\\s+{SRC}{END}`, example: "ونشرت صحيفة الفجر تقريراً عن السد.", expect: "الفجر" },
    // … and with the name in quotation marks, whatever object follows: "ونقلت صحيفة "الفجر" تفاصيل الدراسة", "بعد أن نشرتها صحيفة "الفجر"".
    { id: "ar.qalat_sahifa_quoted", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `${REPORT_VERB}\\s+(?<cue>${CUE})(?:\\s+${CUE})?\\s+${QUOTED_NAME}`, example: "ونقلت صحيفة \"الفجر\" تفاصيل الدراسة.", expect: "الفجر" },
    // "ووفقاً لما نشرته صحيفة الفجر، …", "وفق ما نقله موقع "الفجر" عن …": according to what the outlet published or relayed.
    { id: "ar.wifqa_ma", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: `${ACCORDING_TO_WHAT}\\s+${REPORT_VERB}\\s+${CUE_GROUP}{SRC}{END}`, example: "ووفقاً لما نشرته صحيفة الفجر، فإن السد آمن.", expect: "الفجر" },
    { id: "ar.wifqa_ma_quoted", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: `${ACCORDING_TO_WHAT}\\s+${REPORT_VERB}\\s+(?<cue>${CUE})(?:\\s+${CUE})?\\s+${QUOTED_NAME}`, example: "وفق ما نقله موقع \"الفجر\" عن مصادر، فإن السد آمن.", expect: "الفجر" },
    // "… نقله موقع X عن موقع Y": the outlet a relay names as its own source is cited too (عن after a relaying verb, not "about").
    { id: "ar.naql_an_cue", frame: "citing", allowUnknown: true, needsEvidence: true, pattern: `${RELAYED_FROM}{SRC}{END}`, example: "ونقل موقع الشرق عن صحيفة الفجر أن السد آمن.", expect: "الفجر" },
    { id: "ar.naql_an_cue_quoted", frame: "citing", allowUnknown: true, needsEvidence: true, pattern: `${RELAYED_FROM}${QUOTED_NAME}`, example: "ونقل موقع الشرق عن صحيفة \"الفجر\" خبر السد.", expect: "الفجر" },
    // "وكانت وكالة الأنباء الفرنسية (أ ف ب) قد أشارت …": the pluperfect puts the verb after its subject, an abbreviation in brackets may follow the name.
    { id: "ar.kanat_qad", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `(?<![\\u0621-\\u064A])(?:و|ف)?(?:كانت|كان)\\s+(?:(?<cue>${CUE})\\s+)?(?:"|«)?(?<name>${NOT_NAME}${AWORD}(?:\\s+${AWORD}){0,2}?)(?:"|»)?(?:\\s*\\([^()\\n]{1,20}\\))?\\s+قد\\s+(?:أشارت|ذكرت|أفادت|كشفت|أوردت|نشرت|قالت|نقلت|أكدت|أشار|ذكر|أفاد|كشف|أورد|نشر|قال|نقل|أكد)(?![\\u0621-\\u064A])`, example: "وكانت صحيفة الفجر قد أشارت إلى أن السد آمن.", expect: "الفجر" },
    // "فريق التحقق في موقع X كشف أن …", "أكد فريق تدقيق المعلومات لدى صحيفة X أن …": a fact-checking team at an outlet, as
    // the subject of what it found, is that outlet reporting. A name opened by a quotation mark needs its closing mark: a
    // text cut inside it ("في موقع "الفج") names no outlet.
    { id: "ar.fariq_tahaqquq", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `${CHECK_TEAM}\\s+(?:في\\s+|ب|لدى\\s+|التابع\\s+ل)(?<cue>${CUE})\\s+(?!["«“]){SRC}(?=\\s+${TEAM_FOUND}|{END})`, example: "وقال فريق التحقق في موقع الفجر إن الصورة قديمة.", expect: "الفجر" },
    { id: "ar.fariq_tahaqquq_quoted", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `${CHECK_TEAM}\\s+(?:في\\s+|ب|لدى\\s+|التابع\\s+ل)(?<cue>${CUE})\\s+${QUOTED_NAME}`, example: "أكد فريق التدقيق في موقع \"الفجر\" أن الصورة قديمة.", expect: "الفجر" },
    // "فريق X لتدقيق المعلومات" (X's team for checking information): the name between the team and its work, only as the
    // registry or the case knows it, since "فريق العمل لتدقيق …" (the work team) names nobody.
    { id: "ar.fariq_x_li_tadqiq", frame: "reported", allowUnknown: false, needsEvidence: true, pattern: `فريق\\s+{SRC}\\s+ل(?:تدقيق|لتحقق|تقصي)(?![\\u0621-\\u064A])`, example: "وكشف فريق الجزيرة لتدقيق المعلومات أن الصورة قديمة.", expect: "الجزيرة" },
    { id: "ar.naqlan_an", frame: "citing", allowUnknown: true, needsEvidence: true, pattern: "(?:نقلاً|نقلا|نقلًا)\\s+عن\\s+" + CUE_GROUP + "{SRC}{END}", example: "وأكد المسؤول ذلك، نقلاً عن وكالة الشرق.", expect: "الشرق" },
    { id: "ar.tasrih_li", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `في\\s+(?:تصريح|تصريحات|حديث|مقابلة|حوار|لقاء)\\s+(?:خاص(?:ة)?\\s+)?(?:ل(?:ـ)?|مع\\s+)(?<cue>${CUE})\\s+{SRC}{END}`, example: "وقال الوزير في تصريح لصحيفة الفجر إن السد آمن.", expect: "الفجر" },
    { id: "ar.taqrir_li", frame: "reported_by", allowUnknown: true, publication: true, needsEvidence: true, pattern: `(?:في\\s+)?(?:تقرير|مقال|تحقيق)\\s+(?:نشرته\\s+|ل(?:ـ)?)(?<cue>${CUE})\\s+{SRC}{END}`, example: "وجاء ذلك في تقرير نشرته صحيفة الفجر أمس.", expect: "الفجر" },
  ],
  addresseeMarkers: ["مخاطبا", "مخاطباً", "مخاطبة", "مخاطبةً"],
  // The conjunction و / ف is written onto the verb ("وقال", "وأضافت"): the joined forms are words of their own.
  speechVerbs: withConjunction(SPEECH_VERBS),
  pronouns: { singular: [], plural: [] },
  // "وأضاف أن …": the verb carries the speaker already named.
  subjectInVerb: ["أن", "إن", "بأن", "أنه", "أنها", "إنه", "إنها"],
  // Each noun once, without the letters written onto it: "المصادر", "لمصادر", "والمسؤولين" are read as "مصادر", "مسؤولين"
  // (sources.ts headNounOf). Singular, feminine and both cases of a sound plural (-ون, -ين), as the other languages list
  // source, official, expert, witness, resident, spokesperson, analyst, diplomat, insider, employee, officer, member,
  // soldier, activist, observer, user and reports.
  anonymousHeads: [
    "مصدر", "مصادر", "مسؤول", "مسؤولة", "مسؤولون", "مسؤولين", "مسئول", "مسئولة", "مسئولون", "مسئولين", "خبير", "خبيرة", "خبراء",
    "شاهد", "شهود", "سكان", "أهالي", "مواطنون", "مواطنين", "متحدث", "متحدثة", "ناطق", "ناطقة", "محلل", "محللة", "محللون", "محللين",
    "دبلوماسي", "دبلوماسيون", "دبلوماسيين", "مطلعون", "مطلعين", "مقربون", "مقربين", "موظف", "موظفة", "موظفون", "موظفين", "عمال",
    "ضابط", "ضباط", "عضو", "أعضاء", "جندي", "جنود", "ناشط", "ناشطة", "ناشطون", "ناشطين", "مراقب", "مراقبون", "مراقبين",
    "مستخدمون", "مستخدمين", "مغردون", "مغردين", "تقارير", "مصدر مطلع",
  ],
  // The words that open the reported clause and the day end an unnamed source's tail ("مصدر مقرب من الوزير | إن …").
  tailBreaks: ["أن", "إن", "بأن", "أنه", "أنها", "إنه", "إنها", "يوم", "أمس", "اليوم"],
  determiners: [],
  // With doctor, lawyer, adviser and ambassador, with and without the article.
  roleNouns: ["خبير", "الخبير", "الصحفي", "المحلل", "المتحدث", "المتحدثة", "الناطق", "الناطقة", "الباحث", "الوزير", "المدير", "الرئيس", "طبيب", "الطبيب", "محام", "المحامي", "مستشار", "المستشار", "سفير", "السفير"],
  organisationCues: ["وزارة", "الحكومة", "الجيش", "الشرطة", "الاستخبارات", "مجلس", "المرصد"],
  outletCues: ["صحيفة", "جريدة", "موقع", "وكالة", "قناة", "مجلة", "إذاعة", "تلفزيون"],
  attachedPrefixes: ["و", "ف", "ل", "ب", "ك", "ال"],
  // "بحسب «النهار الجديد»", "نقلاً عن «النهار الجديد»": a title in guillemets after according to or citing (attached prefixes: "وبحسب").
  quotedTitleLeads: ["بحسب", "حسب", "وفق(?:اً|ا|ًا)\\s+ل", "نقل(?:اً|ا|ًا)\\s+عن"],
  genericSources: ["وسائل الإعلام", "وسائل إعلام", "مصادر", "مصادر إعلامية", "تقارير", "تقارير إعلامية", "ناشطون", "مراقبون", "مواقع التواصل", "الصحف", "وكالات الأنباء", "الأنباء", "الانباء", "الأخبار", "الاخبار"],
  // Also where a name after a title ends: prepositions, time words, "his saying" (قوله) after the quoted person.
  // A feminine nisba without the article after an indefinite outlet noun agrees with it ("صحيفة صينية", "وكالة محلية"); a
  // masculine one names a place ("موقع روسي"). With the article it may be a name ("قناة العربية"), so it is left alone.
  describingAdjectives: { pattern: "(?!ال)[\\u0621-\\u064A]{2,}(?:ية|يّة)", placeSuffixes: ["ي"], placeStems: ["{}", "ال{}", "{}ا", "{}يا"] },
  nameStopwords: ["عن", "في", "أن", "إن", "بأن", "أنه", "أنها", "إنه", "إنها", "من", "إلى", "على", "خلال", "يوم", "أمس", "اليوم", ...AR_WEEKDAYS, "قوله", "قولها", "الذي", "التي", "مدير", "رئيس", "وزير"],
  // "كريم بن سليمان": son of, daughter of, father of join a person's name.
  nameJoiners: ["بن", "بنت", "ابن", "أبو"],
  // "المتحدث باسم الشركة": the spokesman on behalf of the company.
  roleLinks: ["باسم"],
  definitePrefix: "ال",
  // "X، وهو مسؤول في …" (X, and he is an official at …): "and he", "and she" open who the person named is.
  appositionOpeners: ["وهو", "وهي"],
  titles: ["العقيد", "اللواء", "العميد", "الرائد", "المقدم", "النقيب", "الملازم", "الفريق", "المشير", "الدكتور", "الدكتورة", "الشيخ", "الشيخة", "المهندس", "المهندسة", "الأستاذ", "الأستاذة", "السيد", "السيدة", "الأمير", "الأميرة"],
  photoCredits: ["(?:صورة|الصورة|تصوير)\\s*:\\s*[^\\n]{0,60}", "\\((?:صورة|تصوير)[^)]{0,60}\\)"],
  titleCues: ["كتاب", "بعنوان", "فيلم", "تقرير"],
  creditLines: ["^\\s*(?:المصدر|المصدر\\s*:)\\s*:?\\s*(?<name>[^\\n]{2,60}?)\\s*$"],
};
