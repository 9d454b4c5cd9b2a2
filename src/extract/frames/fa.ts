/** Persian reading data: «به گزارش X»، «به نقل از X»، «طبق گزارش X»، «X گزارش داد»، «سایت X … نوشت»؛ Persian has no capitals, so a name is what the frame bounds (a word run after a cue word, quotes, a Latin run) and needs outside evidence. */
import type { LanguageFrames } from "./types.ts";

/** One Persian letter (Arabic-script letters, Persian ones, marks, the zero-width non-joiner inside words); no digits, no punctuation. */
const PL = "[\\u0621-\\u063A\\u0640-\\u065F\\u0670-\\u06D3\\u06D5\\u200c]";
/** End of a Persian word. */
const PEOW = "(?![\\u0621-\\u063A\\u0640-\\u065F\\u0670-\\u06D3\\u06D5\\u200c\\p{L}\\p{N}])";
/** Words that begin no name: prepositions, conjunctions, demonstratives, pronouns, and nouns for "report" and "media". */
const FA_STOP = ["خود", "خویش", "به", "از", "در", "که", "و", "با", "برای", "این", "آن", "را", "تا", "بر", "هم", "نیز", "یک", "او", "وی", "آنها", "ما", "همین", "گزارش", "نقل", "رسانه‌ها", "رسانه", "منابع", "منبع", "کاربران", "خبرها", "اخبار", "برخی", "یکی", "سوی", "طرف", "اساس", "طبق", "گفته", "نوشته"];
/**
 * Titles written before a person's name ("دکتر", Dr; "آقای", Mr; ranks): read as honorifics, never part of the name nor
 * the first word of an outlet's, and evidence that the words after them are a person's name.
 */
const FA_TITLES = ["دکتر", "مهندس", "آیت‌الله", "حجت‌الاسلام", "آقای", "خانم", "سردار", "سرلشکر", "سرتیپ", "سرهنگ", "تیمسار"];
const NOT_STOP = `(?!(?:${[...FA_STOP, ...FA_TITLES].join("|")})${PEOW})`;
const W = `${NOT_STOP}${PL}{2,24}`;
/** A name in «» or quotation marks: what they enclose (the marks stay outside). */
const QUOTED = "(?<=[«\"“])[^»\"”\\n]{1,30}(?=[»\"”])";
/** A Latin-script name inside Persian text ("CNN", "The Harbor Times"). */
const LATIN = "[A-Za-z][A-Za-z0-9&.'\\-]{0,19}(?:\\s+[A-Za-z][A-Za-z0-9&.'\\-]{0,19}){0,4}";
/** One to three words, shortest first: "به گزارش ایسنا از تهران" is ایسنا. */
const NAME = `(?:${QUOTED}|${LATIN}|${W}(?:\\s+${W}){0,2}?)`;
/** Words after a page noun that say whose page it is ("در صفحه شخصی خود" on one's own personal page, "صفحه رسمی‌اش" its
 *  official page): the page belongs to the speaker or a body, so what follows names no site. A possessive ending may be glued. */
const PAGE_OWNER = `(?:شخصی|رسمی|خود|خویش)(?:\u200c?(?:اش|ش|م|ت|مان|تان|شان))?${PEOW}`;
/** Nouns for publications before a name ("خبرگزاری X", "روزنامه X", "سایت X", "سایت خبری X": the longer first, so "news" is never taken into the name), kept as the frame's `cue`; the ezafe may be written. */
const CUE_WORDS = ["خبرگزاری", "روزنامه", "سایت خبری تحلیلی", "سایت خبری", "سایت", "وب‌سایت خبری", "وب‌سایت", "وبسایت", "وب سایت", "پایگاه خبری تحلیلی", "پایگاه خبری", "پایگاه اینترنتی", "پایگاه", "تارنمای", "تارنما", "شبکه", "تلویزیون", "رادیو", "مجله", "هفته‌نامه", "ماهنامه", "نشریه", "کانال", "خبرنامه"];
const CUE = `(?<cue>${CUE_WORDS.map((c) => c.replace(/ /g, "\\s+")).join("|")})(?:ٔ|‌ی)?\\s+`;
const OPEN = "[«\"“]";
const CLOSE = "[»\"”]";
/** Where a subject may begin without a cue: the start of the text or right after punctuation. */
const BOUNDARY = "(?<=^|[،,.:؛!?()«»\"“”\\n]\\s*|^\\s+)";
/**
 * Words of time that open the adverbial between an outlet and its verb ("X عصر امروز اعلام کرد", X announced this
 * afternoon; "X دیشب نوشت", X wrote last night): the name ends before them.
 */
const TIME_WORDS = ["امروز", "دیروز", "امشب", "دیشب", "عصر", "صبح", "ظهر", "شب", "بامداد", "شامگاه", "صبحگاه", "غروب"];
/** After a name: punctuation or a clause word. */
const END = `(?=\\s*(?:[،,.:؛!?)»”"]|$)|\\s+(?:به|از|در|که|و|با|را|نیز|هم|گزارش|نوشت|نوشته|اعلام|منتشر|گفت|آمده|آورده|است|می‌نویسد|می‌گوید|${TIME_WORDS.join("|")}|درباره)${PEOW})`;

export const fa: LanguageFrames = {
  language: "fa",
  relativeClauseBeforeVerb: String.raw`\s+که(?:\s+[^\s،,.؛:]+){0,7}\s+[^\s،,.؛:]*(?:شود|شد|بود|باشد|است|دارد|داشت|کند|کرد)`,
  name: NAME,
  date: "(?<date>[\\d۰-۹]{1,2}\\s+[\\u0621-\\u06D3]+(?:\\s+[\\d۰-۹]{4})?)",
  descriptor: `(?:این|آن|همین|همان)\\s+(?:${CUE_WORDS.map((c) => c.replace(/ /g, "\\s+")).join("|")})${PEOW}`,
  end: END,
  frames: [
    // The credit formula opening a sentence, the comma right after one word ("به گزارش پارس‌نو، …"): by convention an outlet.
    { id: "fa.be_gozaresh.formula", frame: "according_to", allowUnknown: true, needsEvidence: true, formula: true, pattern: `(?<=^|[.!?؟\\n]\\s*|^\\s+)به\\s+گزارش\\s+(?<name>${W})(?=\\s*[،,]|\\s+(?:و\\s+)?به\\s+نقل\\s+از${PEOW})(?:\\s+(?:و\\s+)?به\\s+نقل\\s+از\\s+(?<citing>[^،,.؛:]{2,60}))?`, example: "به گزارش آسمان‌نو، بندر یک هفته بسته می‌ماند.", expect: "آسمان‌نو" },
    { id: "fa.be_gozaresh", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: `(?<![\\p{L}\\u200c])به\\s+گزارش\\s+(?:${CUE})?${OPEN}?{SRC}${CLOSE}?(?:\\s+(?:و\\s+)?به\\s+نقل\\s+از\\s+(?<citing>[^،,.؛:]{2,60}))?${END}`, example: "به گزارش خبرگزاری پارس‌نو، بندر یک هفته بسته می‌ماند.", expect: "پارس‌نو" },
    { id: "fa.be_naql_az", frame: "citing", allowUnknown: true, needsEvidence: true, pattern: `(?<![\\p{L}\\u200c])به\\s+نقل\\s+از\\s+(?:${CUE})?${OPEN}?{SRC}${CLOSE}?${END}`, example: "این خبر به نقل از روزنامه صبح‌نو منتشر شد.", expect: "صبح‌نو" },
    // The relay after the article's own credit, with no comma to end the name ("به گزارش X و به نقل از Y بندر …"): the
    // next clause's first word follows at once, so only a name the registry knows, one word, is taken.
    { id: "fa.be_naql_az.registry", frame: "citing", allowUnknown: false, needsEvidence: true, registryOnly: true, pattern: `(?<![\\p{L}\\u200c])به\\s+نقل\\s+از\\s+(?:${CUE})?{SRC}(?=\\s)`, example: "به گزارش آسمان‌نو و به نقل از ایسنا بندر یک هفته بسته می‌ماند.", expect: "ایسنا" },
    // An outlet relaying someone's words as its subject ("خبرگزاری X از قول مدیر بندر …", agency X, quoting the port's director).
    { id: "fa.az_ghol", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `(?:${CUE}|${BOUNDARY})${OPEN}?{SRC}${CLOSE}?\\s+(?:(?:نیز|هم|پیش‌تر|پیشتر)\\s+)?از\\s+قول${PEOW}`, example: "خبرگزاری پارس‌نو از قول مدیر بندر خبر تعطیلی را تکذیب کرد.", expect: "پارس‌نو" },
    // "The report of outlet X" as a noun phrase ("خبر خبرگزاری X درباره بندر تکذیب شد"): a denial before or after it denies what the report says.
    { id: "fa.khabar_e", frame: "reported", allowUnknown: true, needsEvidence: true, reportNoun: true, pattern: `(?<![\\p{L}\\u200c])خبر(?:ِ|‌ی)?\\s+${CUE}${OPEN}?{SRC}${CLOSE}?${END}`, example: "خبر خبرگزاری پارس‌نو درباره بندر تکذیب شد.", expect: "پارس‌نو" },
    { id: "fa.tebghe_gozaresh", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: `(?<![\\p{L}\\u200c])(?:طبق|بر\\s*اساس|براساس|بنا\\s+بر|بنابر)\\s+(?:گزارش|اعلام|نوشته|ادعای)\\s+(?:${CUE})?${OPEN}?{SRC}${CLOSE}?${END}`, example: "طبق گزارش روزنامه صبح‌نو، شهردار استعفا داد.", expect: "صبح‌نو" },
    { id: "fa.be_neveshte", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: `(?<![\\p{L}\\u200c])به\\s+(?:نوشته|ادعای)\\s+(?:${CUE})?${OPEN}?{SRC}${CLOSE}?${END}`, example: "به نوشته سایت خبرنو، بندر بسته شد.", expect: "خبرنو" },
    { id: "fa.gozaresh_dad", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `(?:${CUE}|${BOUNDARY})${OPEN}?{SRC}${CLOSE}?\\s+(?:(?:در|روز|${TIME_WORDS.join("|")})(?:\\s+[^،.؛]{0,40}?)?\\s+)?(?:(?:نیز|هم|همچنین|پیش‌تر|پیشتر|پیش\\s+از\\s+این|قبلاً|قبلا|اخیراً|اخیرا)\\s+){0,2}(?:گزارش\\s+(?:داد|داده|کرد|کرده|می‌دهد)|نوشت|نوشته\\s+(?:بود|است)|اعلام\\s+(?:کرد|کرده)|منتشر\\s+(?:کرد|کرده)|مدعی\\s+شد)${PEOW}`, example: "سایت خبرنو در مطلبی نوشت که بندر بسته است.", expect: "خبرنو" },
    { id: "fa.be_goft", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `(?<![\\p{L}\\u200c])(?:به|با)\\s+(?:${CUE})${OPEN}?{SRC}${CLOSE}?\\s+(?:گفت|گفته\\s+است|اظهار\\s+(?:داشت|کرد)|گفت‌وگو|گفتگو|مصاحبه)${PEOW}`, example: "شهردار به روزنامه صبح‌نو گفت که استعفا نمی‌دهد.", expect: "صبح‌نو" },
    // What follows "in conversation with X" is the rest of the clause, not a boundary: the shortest name is taken.
    { id: "fa.goftogu_ba", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `(?<![\\p{L}\\u200c])در\\s+(?:گفت‌وگو|گفتگو|گفت\\s+و\\s+گو|مصاحبه)\\s+(?:ای\\s+)?با\\s+(?:${CUE})?${OPEN}?{SRC}${CLOSE}?(?=\\s|[،,.:؛]|$)`, example: "شهردار در گفت‌وگو با خبرگزاری پارس‌نو استعفا را رد کرد.", expect: "پارس‌نو" },
    { id: "fa.montasher_dar", frame: "reported_by", allowUnknown: true, publication: true, needsEvidence: true, pattern: `(?<![\\p{L}\\u200c])(?:در|توسط)\\s+(?:${CUE})${OPEN}?{SRC}${CLOSE}?\\s+(?:منتشر|چاپ|پخش|درج)\\s+(?:شد|شده)`, example: "این مقاله در مجله دریاپژوه منتشر شد.", expect: "دریاپژوه" },
    { id: "fa.site", frame: "reported_by", allowUnknown: true, publication: true, needsEvidence: true, pattern: `(?<![\\p{L}\\u200c])(?:در|روی)\\s+(?<cue>سایت|وب‌سایت|وبسایت|تارنمای|صفحه)\\s+(?!${PAGE_OWNER})${OPEN}?{SRC}${CLOSE}?${END}`, example: "این مطلب در سایت khabarno.ir آمده است.", expect: "khabarno.ir" },
  ],
  addresseeMarkers: ["خطاب به"],
  speechVerbs: ["گفت", "افزود", "اظهار داشت", "اظهار کرد", "تاکید کرد", "تأکید کرد", "عنوان کرد", "خاطرنشان کرد", "اعلام کرد", "نوشت", "ادامه داد", "توضیح داد", "یادآور شد", "می‌گوید", "گفته است"],
  pronouns: { singular: ["او", "وی"], plural: ["آنها", "آنان"] },
  anonymousHeads: ["منبع", "منابع", "مقام", "مقامات", "کارشناس", "کارشناسان", "مسئول", "مسئولان", "شاهد", "شاهدان", "سخنگو", "تحلیلگر", "تحلیلگران", "منبعی", "مقامی", "ساکنان", "کارمند", "کارمندان"],
  determiners: ["یک", "چند", "برخی", "دو", "سه", "این", "آن"],
  roleNouns: ["کارشناس", "خبرنگار", "سردبیر", "سخنگو", "وزیر", "استاد", "پژوهشگر", "مدیر", "نویسنده", "وکیل", "دیپلمات", "سفیر", "نماینده", "شهردار", "رئیس", "مشاور", "پزشک", "اقتصاددان", "تحلیلگر", "فرمانده"],
  organisationCues: ["وزارت", "دولت", "ارتش", "پلیس", "سپاه", "مجلس", "شورای", "شورا", "دانشگاه", "مؤسسه", "موسسه", "بنیاد", "انجمن", "کمیسیون", "سازمان", "دادگاه", "دادستانی", "حزب", "کاخ سفید", "سازمان ملل",
    // Hospital, company, department, municipality, governorate, bank: bodies a role is of ("پزشک بیمارستان …").
    "بیمارستان", "شرکت", "اداره", "شهرداری", "فرمانداری", "استانداری", "بانک"],
  outletCues: [...CUE_WORDS.filter((c) => !c.includes(" ")), "نیوز", "تایمز", "پست", "آنلاین", "پرس"],
  outletSuffixes: ["نیوز", "آنلاین", "پرس", "تایمز", "پست"],
  genericSources: ["رسانه‌ها", "رسانه‌های خارجی", "رسانه‌های غربی", "رسانه‌های داخلی", "منابع خبری", "منابع", "کاربران", "کاربران فضای مجازی", "خبرها", "گزارش‌ها", "برخی رسانه‌ها"],
  // "روزنامه چینی" (a Chinese paper), "خبرگزاری روسی", "یک روزنامه محلی": an adjective after the outlet noun; a paper's
  // own name may end in ی too ("همشهری"), so only an adjective of a place or one of the common describing words.
  describingAdjectives: {
    pattern: "محلی|دولتی|خارجی|غربی|رسمی|داخلی|مستقل|معتبر|بین[\\u200c ]?المللی|آمریکایی|امریکایی|انگلیسی|عربی|اروپایی|آسیایی|اینترنتی|خبری",
    placeSuffixes: ["ایی", "یی", "وی", "ی"],
    placeStems: ["{}", "{}ه", "{}یه"],
  },
  nameStopwords: [...FA_STOP, ...FA_TITLES],
  abbreviatedTitles: FA_TITLES,
  photoCredits: ["(?:عکس|تصویر|عکاس|منبع\\s+عکس|عکس\\s+از)\\s*[:：]\\s*[^\\n]{0,60}", "©\\s*[^\\n]{0,60}"],
  titleCues: ["کتاب", "عنوان", "با عنوان", "فیلم", "مستند", "گزارش", "مقاله", "مطلب", "یادداشت"],
  creditLines: ["^\\s*(?:منبع|منابع)\\s*[:：]\\s*(?<name>[^\\n]{2,60}?)\\s*$"],
};
