/**
 * Hebrew reading data: «לדברי X», «לפי X», «על פי X», «כך דווח ב-X», «X דיווח», «X אמר», «"…", אמר X». Hebrew has no
 * capitals and writes the article and the one-letter prepositions and conjunctions onto the next word (ה ו ב ל מ ש כ),
 * so a name is what a frame bounds, a title or a role introduces, and needs outside evidence to be an outlet; the
 * straight mark " is a quotation mark and the gershayim of an abbreviation (ח"כ, צה"ל) alike (quotes.ts).
 */
import type { LanguageFrames } from "./types.ts";

/** One Hebrew letter (the points and marks written on it too). */
const HL = "[\\u05D0-\\u05EA\\u05B0-\\u05C7]";
/** A Hebrew word: letters, with a geresh (׳ or ') or gershayim (״, or " between letters: ח"כ) inside or after it. */
const HWORD = `[\\u05D0-\\u05EA](?:${HL}|['׳״]|"(?=[\\u05D0-\\u05EA]))*`;
/** End of a Hebrew word. */
const HEOW = "(?![\\u05D0-\\u05EA\\u05B0-\\u05C7\\p{L}\\p{N}])";
/** Start of a Hebrew word. */
const HBOW = "(?<![\\u05D0-\\u05EA\\u05B0-\\u05C7\\p{L}\\p{N}])";
/**
 * Words that begin no name: prepositions, conjunctions, pronouns, demonstratives, time words, and the nouns for reports
 * and media that follow "according to" ("לפי הדיווחים", "לפי כלי התקשורת").
 */
const HE_STOP = [
  "כי", "את", "של", "על", "עם", "אל", "גם", "לא", "כן", "זה", "זו", "זאת", "אלה", "אלו", "הוא", "היא", "הם", "הן", "אני", "אנחנו", "אתם", "הזה", "הזאת",
  "היום", "אתמול", "מחר", "הבוקר", "הערב", "הלילה", "עוד", "כבר", "רק", "אך", "אבל", "אולם", "או", "אם", "כאשר", "כש", "לאחר", "אחרי", "לפני", "בין", "תוך", "כך",
  "לו", "לה", "להם", "לנו", "לי", "בו", "בה", "אותו", "אותה", "מה", "מי", "איך", "למה", "אשר", "שם", "פה", "כאן", "עכשיו", "כעת",
  "דיווחים", "הדיווחים", "דיווח", "הדיווח", "פרסומים", "הפרסומים", "פרסום", "הפרסום", "התקשורת", "תקשורת", "כלי", "גורמים", "מקורות", "הערכות", "ההערכות", "נתונים", "הנתונים",
];
/** Titles written straight before a person's name ("ח"כ", "ד"ר", "הרב"): never part of the name, evidence that a name follows. */
const HE_TITLES = ["ח\"כ", "ח״כ", "חה\"כ", "ד\"ר", "ד״ר", "עו\"ד", "עו״ד", "פרופ'", "פרופ׳", "פרופסור", "הפרופסור", "הרב", "הרבנית", "מר", "גב'", "גב׳", "השר", "השרה", "הנשיא", "הנשיאה", "האלוף", "אלוף", "תא\"ל", "תת-אלוף", "ניצב", "רס\"ן", "סא\"ל", "אל\"מ", "רא\"ל", "המפכ\"ל"];
const NOT_STOP = `(?!(?:${[...HE_STOP, ...HE_TITLES].join("|")})${HEOW})`;
const W = `${NOT_STOP}${HWORD}`;
/** A word in Latin letters; a dot only inside it ("ynet.co.il"), never the full stop after it. */
const LATIN_WORD = "[A-Za-z](?:[A-Za-z0-9&'\\-]|\\.(?=[A-Za-z0-9])){0,19}";
/** A name in Latin letters inside Hebrew text ("ynet", "CNN", "Times of Israel"). */
const LATIN = `${LATIN_WORD}(?:\\s+${LATIN_WORD}){0,3}`;
/** A name in quotation marks: what they hold. */
const QUOTED = "(?<=[\"“”״])[^\"“”״\\n]{1,30}(?=[\"“”״])";
/** One to three words, shortest first. */
const NAME = `(?:${QUOTED}|${LATIN}|${W}(?:\\s+${W}){0,2}?)`;
/** Publication nouns before an outlet's name ("העיתון X", "אתר X", "ערוץ X", "סוכנות הידיעות X"), with or without the article, kept as `cue`. */
const CUE_WORDS = ["העיתון", "עיתון", "אתר החדשות", "אתר", "האתר", "ערוץ", "הערוץ", "סוכנות הידיעות", "סוכנות", "הסוכנות", "תחנת הרדיו", "רדיו", "מגזין", "המגזין", "השבועון", "שבועון", "היומון", "יומון", "תאגיד השידור"];
const CUE = `(?<cue>${CUE_WORDS.map((c) => c.replace(/ /g, "\\s+")).join("|")})\\s+`;
/** After a name: punctuation or a word that goes on with the clause. */
const END = `(?=\\s*(?:[,.:;!?)\\-–—"”]|$)|\\s+(?:כי|ש|על|את|היום|אתמול|הבוקר|הערב|הלילה|בשעה|ביום|בערב|בבוקר|גם|עוד|לאחר|אחרי|בעקבות|דיווח|דיווחה|דווח|פרסם|פרסמה|נמסר|מסר|מסרה|אמר|אמרה)${HEOW})`;

/** "And", written onto the next word. */
const AND = "ו";

/** Each word, and the word with "and" written onto it ("ואמר", "והוסיפה"), as Hebrew writes them. */
function withConjunction(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, `${AND}${w}`]);
}

/**
 * Speech verbs in the past, masculine, feminine and plural, and in the present (said, told, added, tweeted, wrote, denied,
 * claimed, announced, told/related, clarified, noted, stressed, answered, confirmed, posted, explained).
 */
const SPEECH_VERBS = [
  "אמר", "אמרה", "אמרו", "אומר", "אומרת", "אומרים", "מסר", "מסרה", "מסרו", "הוסיף", "הוסיפה", "הוסיפו", "צייץ", "צייצה", "צייצו", "כתב", "כתבה", "כתבו", "כותב", "כותבת",
  "הכחיש", "הכחישה", "הכחישו", "טען", "טענה", "טענו", "טוען", "טוענת", "הודיע", "הודיעה", "הודיעו", "סיפר", "סיפרה", "סיפרו", "הבהיר", "הבהירה", "הבהירו",
  "ציין", "ציינה", "ציינו", "הדגיש", "הדגישה", "הדגישו", "השיב", "השיבה", "השיבו", "אישר", "אישרה", "אישרו", "פרסם", "פרסמה", "הסביר", "הסבירה", "מסביר", "מסבירה",
];

export const he: LanguageFrames = {
  language: "he",
  name: NAME,
  date: `(?:ב|ביום)\\s*(?<date>\\d{1,2}(?:[./]\\d{1,2}(?:[./]\\d{2,4})?|\\s+ב${HWORD}))`,
  descriptor: `(?:${["העיתון", "האתר", "הערוץ", "הסוכנות", "המגזין", "השבועון", "היומון"].join("|")})${HEOW}`,
  end: END,
  frames: [
    // "לפי X", "על פי X", "לדברי X", "בהתאם ל-X": according to X; a person or a body as often as an outlet.
    { id: "he.lefi", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: `${HBOW}(?:ו)?(?:לפי|על\\s+פי|עפ"י|לדברי|בהתאם\\s+ל-?)\\s*(?:${CUE})?{SRC}{END}`, example: "לפי העיתון חדשות הגליל, הגשר נסגר.", expect: "חדשות הגליל" },
    // "כך דווח ב-X" / "כך פורסם ב-X": so it was reported in X, closing the sentence.
    { id: "he.kach_duvach", frame: "reported_by", allowUnknown: true, publication: true, needsEvidence: true, pattern: `${HBOW}כך\\s+(?:דווח|דיווח|פורסם|נמסר)(?:\\s+(?:היום|אתמול|הבוקר|הערב|הלילה))?\\s+ב-?(?:${CUE})?{SRC}{END}`, example: "הגשר נסגר לתנועה, כך דווח ב-Harbor Times.", expect: "Harbor Times" },
    // "X דיווח", "X פרסם": an outlet noun and the name, the subject of a verb of reporting.
    { id: "he.divach", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `${HBOW}(?:ו|כפי\\s+ש)?${CUE}{SRC}\\s+(?:דיווח|דיווחה|דיווחו|פרסם|פרסמה|חשף|חשפה|מדווח|מדווחת)${HEOW}`, example: "העיתון חדשות הגליל דיווח כי הגשר נסגר.", expect: "חדשות הגליל" },
    // "פורסם ב-X", "שפורסם באתר X": published in X.
    { id: "he.pursam_be", frame: "reported_by", allowUnknown: true, publication: true, needsEvidence: true, pattern: `${HBOW}(?:ש|כפי\\s+ש)?(?:פורסם|פורסמה|פורסמו|שודר|שודרה|דווח)\\s+ב-?(?:${CUE})?{SRC}{END}`, example: "הדבר פורסם ב-Harbor Times.", expect: "Harbor Times" },
    // "אמר ל-X", "אמרה לאתר X": told X.
    { id: "he.amar_le", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `${HBOW}(?:ו)?(?:אמר|אמרה|אמרו|מסר|מסרה|סיפר|סיפרה|הודיע|הודיעה)\\s+ל-?(?:${CUE})?{SRC}{END}`, example: "השר אמר ל-Harbor Times כי הגשר בטוח.", expect: "Harbor Times" },
  ],
  speechVerbs: withConjunction(SPEECH_VERBS),
  pronouns: { singular: ["הוא", "היא"], plural: ["הם", "הן"] },
  complementisers: ["כי", "ש"],
  dropsSubject: true,
  // The noun alone, with the letters Hebrew writes onto it taken off (sources.ts headNounOf): source, official, expert,
  // witness, resident, spokesperson (and "his/her spokesperson"), insider, associate, analyst, diplomat, officer, employee.
  anonymousHeads: [
    "מקור", "מקורות", "גורם", "גורמים", "בכיר", "בכירה", "בכירים", "פקיד", "פקידה", "פקידים", "מומחה", "מומחית", "מומחים", "עד", "עדה", "עדים", "עדי", "תושב", "תושבת", "תושבים",
    "דובר", "דוברת", "דוברו", "דוברה", "דוברי", "מקורב", "מקורבת", "מקורבים", "מקורביו", "אנליסט", "אנליסטים", "דיפלומט", "דיפלומטים", "קצין", "קצינה", "קצינים", "עובד", "עובדת", "עובדים",
  ],
  determiners: ["אחד", "אחת", "כמה", "מספר", "שני", "שתי", "שלושה"],
  // Letters written onto the next word: and, the, in, to, from, that, as.
  attachedPrefixes: ["ו", "ה", "ב", "ל", "מ", "ש", "כ"],
  definitePrefix: "ה",
  conjunctionPrefix: AND,
  titles: HE_TITLES,
  // Read before any one word as a title (speakers/nameEntry.ts): only the abbreviations and "מר" (Mr), never a word that
  // is a noun too ("אלוף", a general and a champion).
  abbreviatedTitles: HE_TITLES.filter((t) => /["'׳״]/u.test(t) || t === "מר"),
  // Roles that introduce a name ("ראש העיר דני לוי", "דוברת העירייה נגה ברק"); a minister only with the article ("השר",
  // "השרה"): alone "שרה" is a given name and "שר" sings.
  roleNouns: [
    "דובר", "דוברת", "הדובר", "הדוברת", "דוברו", "דוברה", "השר", "השרה", "ראש", "הנשיא", "הנשיאה", "נשיא", "יו\"ר", "היו\"ר", "מנכ\"ל", "המנכ\"ל", "מנכ\"לית",
    "מנהל", "מנהלת", "המנהל", "המנהלת", "מפקד", "המפקד", "מפכ\"ל", "המפכ\"ל", "רופא", "רופאה", "הרופא", "הרופאה", "עורך", "עורכת", "פרשן", "הפרשן",
    "חוקר", "חוקרת", "החוקר", "החוקרת", "מומחה", "המומחה", "יועץ", "היועץ", "יועצת", "שגריר", "השגריר", "חבר", "חברת", "ח\"כ", "ראש העיר", "ראש הממשלה", "ראש האופוזיציה", "עו\"ד", "סנגור", "תובע",
  ],
  organisationCues: ["משרד", "המשרד", "משטרת", "המשטרה", "משטרה", "צה\"ל", "הממשלה", "ממשלת", "הכנסת", "עיריית", "העירייה", "בית החולים", "בית המשפט", "אוניברסיטת", "מפלגת", "רשות", "הרשות", "חברת", "בנק", "ועדת", "הוועדה", "מועצת", "המועצה", "ארגון", "הארגון", "קופת"],
  outletCues: ["עיתון", "העיתון", "אתר", "האתר", "ערוץ", "הערוץ", "סוכנות", "רדיו", "מגזין", "שבועון", "יומון", "news", "News", "Times", "Post"],
  genericSources: ["התקשורת", "כלי התקשורת", "כלי תקשורת", "דיווחים", "הדיווחים", "פרסומים", "הפרסומים", "רשתות חברתיות", "הרשתות החברתיות", "גורמים", "מקורות", "שמועות", "השמועות"],
  nameStopwords: [...HE_STOP, ...HE_TITLES],
  prepositions: ["על", "עם", "אל", "את", "של", "מול", "אצל", "בין", "לפי", "לפני", "אחרי"],
  photoCredits: ["(?:צילום|צילומים|קרדיט\\s+צילום|תמונה)\\s*(?:[:：–\\-]\\s*)?[^\\n]{0,60}", "©\\s*[^\\n]{0,60}"],
  titleCues: ["הספר", "ספר", "הסרט", "סרט", "בשם", "התוכנית", "תוכנית", "הכותרת", "שכותרתו", "שכותרתה", "מבצע", "למבצע", "הפרויקט"],
  creditLines: ["^\\s*(?:מקור|המקור)\\s*[:：]\\s*(?<name>[^\\n]{2,60}?)\\s*$"],
};
