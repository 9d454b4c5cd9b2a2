/**
 * Urdu reading data: «X کے مطابق», «X کی رپورٹ کے مطابق», «X نے خبر دی», «X اخبار نے خبر دی», «X کو بتایا», «X کے حوالے
 * سے», «X میں شائع»; «ذرائع کے مطابق». Urdu is Hindi's grammar in Arabic script (the agent particle «نے», «کہا کہ»), and
 * has no capitals: a name is what the frame bounds (never a postposition or a function word) and needs outside evidence —
 * the registry, a case outlet, or a publication noun before it («روزنامہ X») or, as Urdu also writes it, after it («X اخبار»).
 */
import { SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/** One Urdu word: Arabic-script letters and their marks (the full stop «۔» is Arabic script too, but no letter). */
const UW = "(?=\\p{L})(?:(?=[\\p{L}\\p{M}\\u200c])\\p{Script=Arabic}|\\u200c)+";
/**
 * Speech verbs: said, told, say (m., f.), to say, spoke (m., f.), claimed, revealed, and "declared (it) to be" («X نے Y کو
 * Z قرار دیا», the way Urdu news writes a verdict someone gave: its agent is the speaker, as of «کہا»).
 */
const SPEECH_VERBS = ["کہا", "بتایا", "کہتے", "کہتی", "کہنا", "بولے", "بولی", "دعویٰ کیا", "انکشاف کیا", "قرار دیا", "قرار دیدیا", "قرار دے دیا"];
/**
 * Postpositions, function words and the nouns of reports and publications, never part of a name («نے», «کو», «کے», «یہ»):
 * with no capitals to end it, a name before «اخبار نے» would run on over the noun («ساحل اخبار»).
 */
const STOP = [...SPEECH_VERBS.flatMap((v) => v.split(" ").filter((w) => !["کیا", "دیا", "دیدیا", "دے"].includes(w))), "نے", "کو", "کے", "کی", "کا", "میں", "سے", "پر", "تک", "اور", "یا", "ایک", "یہ", "وہ", "اس", "ان", "انہوں", "ہے", "ہیں", "تھا", "تھی", "تھے", "بھی", "ہی", "تو", "کہ", "جو", "نہیں", "مطابق", "حوالے", "ذرائع", "اہلکار", "اہلکاروں", "میڈیا", "رپورٹ", "خبر", "اپنے", "اپنی", "اخبار", "روزنامہ", "جریدے", "جریدہ", "ٹی", "وی", "چینل", "ویب", "سائٹ", "نجی", "ایجنسی"];
/** When and who all: a subject left out leaves them before the verb, and no person's name holds them. */
const NOT_IN_PERSON_NAMES = ["آج", "کل", "پھر", "اب", "بعد", "پہلے", "صبح", "شام", "رات", "سب", "لوگ", "لوگوں", "گزشتہ", "روز"];
const NOT_STOP = `(?!(?:${STOP.join("|")})(?![\\p{L}\\p{M}]))`;
/** A Latin-script name in an Urdu text ("Reuters", "BBC Urdu"). */
const LATIN = "\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,4}";
/** Publication nouns before a name («روزنامہ X», «نجی ٹی وی X», «نیوز ایجنسی X»), kept as `cue`. */
const CUE = `(?:(?<cue>روزنامہ|اخبار|نیوز\\s+ایجنسی|خبر\\s+رساں\\s+ادارے|خبر\\s+رساں\\s+ادارہ|نجی\\s+ٹی\\s+وی|ٹی\\s+وی|چینل|ویب\\s+سائٹ|جریدے|جریدہ)\\s+)`;
/** Publication nouns after a name («ساحل اخبار», the Sahil newspaper), kept as `cue`. */
const CUE_AFTER = `\\s+(?<cue>اخبار|روزنامے|جریدے|چینل|ویب\\s+سائٹ)`;
const B = "(?<![\\p{L}\\p{M}])";
const E = "(?![\\p{L}\\p{M}])";
/** Verbs of reporting after «نے»: reported (gave the news), told, published, wrote, claimed. */
const REPORTED = "(?:خبر\\s+دی|رپورٹ\\s+(?:دی|کیا)|بتایا|شائع\\s+کیا|لکھا|دعویٰ\\s+کیا)";

export const ur: LanguageFrames = {
  language: "ur",
  name: `(?:${LATIN}|${NOT_STOP}${UW}(?:\\s+${NOT_STOP}${UW}){0,3})`,
  date: `(?<date>\\d{1,2}\\s+${UW}(?:\\s+\\d{4})?)\\s+کو`,
  descriptor: `(?:اس|اسی)\\s+(?:اخبار|ایجنسی|چینل|جریدے)`,
  end: `(?=[\\s,،۔.;:!?)»”"’]|$)`,
  frames: [
    { id: "ur.ke_mutabiq", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?{SRC}\\s+(?:کی\\s+(?:ایک\\s+)?(?:رپورٹ|خبر)\\s+)?کے\\s+مطابق${E}`, example: "روزنامہ ساحل کے مطابق بندرگاہ بند ہے۔", expect: "ساحل" },
    { id: "ur.ne_khabar", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?{SRC}\\s+نے\\s+(?:[^۔.!?\\n]{0,80}?\\s)?${REPORTED}${E}`, example: "روزنامہ ساحل نے خبر دی کہ بندرگاہ بند ہے۔", expect: "ساحل" },
    { id: "ur.akhbar_ne", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `${B}{SRC}${CUE_AFTER}\\s+نے\\s+(?:[^۔.!?\\n]{0,80}?\\s)?${REPORTED}${E}`, example: "ساحل اخبار نے خبر دی کہ بندرگاہ بند ہے۔", expect: "ساحل" },
    { id: "ur.ko_bataya", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `${B}${CUE}?{SRC}\\s+کو\\s+(?:[^۔.!?\\n]{0,40}?\\s)?(?:بتایا|انٹرویو\\s+(?:دیا|دیتے))${E}`, example: "ایک افسر نے روزنامہ ساحل کو بتایا کہ پل بند ہے۔", expect: "ساحل" },
    { id: "ur.hawale", frame: "citing", allowUnknown: false, needsEvidence: true, pattern: `${B}${CUE}?{SRC}\\s+کے\\s+حوالے\\s+سے${E}`, example: "ایجنسی نے Reuters کے حوالے سے بتایا۔", expect: "Reuters" },
    { id: "ur.shaya", frame: "reported_by", allowUnknown: true, publication: true, needsEvidence: true, pattern: `${B}${CUE}?{SRC}\\s+میں\\s+(?:شائع|چھپی|چھپا|چھپنے)${E}`, example: "روزنامہ ساحل میں شائع مضمون غلط تھا۔", expect: "ساحل" },
  ],
  speechVerbs: SPEECH_VERBS,
  pronouns: { singular: ["انہوں", "اس", "انھوں"], plural: ["انہوں", "انھوں"] },
  anonymousHeads: ["ذرائع", "اہلکار", "اہلکاروں", "ماہرین", "ترجمان", "عینی شاہدین", "حکام"],
  // After a source noun: its subject marker before a verb of telling, or "according to" («ذرائع نے بتایا», «ذرائع کے مطابق»).
  anonymousAccording: "\\s+(?:نے\\s+(?:[^۔.!?\\n]{0,60}?\\s)?(?:بتایا|کہا|دعویٰ\\s+کیا)|کے\\s+مطابق)(?![\\p{L}\\p{M}])",
  determiners: ["ایک", "کچھ", "کئی", "دو", "تین"],
  agentParticle: "نے",
  complementisers: ["کہ"],
  // Honorifics before a name («جناب», Mr; «محترمہ», Mrs): never part of it.
  abbreviatedTitles: ["جناب", "محترمہ", "ڈاکٹر"],
  roleNouns: ["وزیر", "وزیراعظم", "وزیراعلیٰ", "ترجمان", "صدر", "سینیٹر", "چیئرمین", "رہنما", "صحافی", "رپورٹر", "ڈائریکٹر", "افسر", "گورنر", "مشیر", "سیکرٹری", "پروفیسر", "جج", "ایڈیٹر", "نمائندے", "نمائندہ", "ماہر", "کمشنر", "سربراہ", "اینکر"],
  organisationCues: ["وزارت", "حکومت", "پولیس", "فوج", "یونیورسٹی", "ادارہ", "ادارے", "کمیشن", "عدالت", "محکمہ", "بینک", "کمپنی", "پارٹی", "جماعت"],
  outletCues: ["اخبار", "روزنامہ", "نیوز", "ٹائمز", "چینل", "ایجنسی", "جریدہ", "ٹی وی"],
  genericSources: ["میڈیا", "میڈیا رپورٹس", "رپورٹس", "مقامی میڈیا", "ذرائع", "سوشل میڈیا"],
  nameStopwords: [...STOP, ...NOT_IN_PERSON_NAMES],
  photoCredits: ["(?:فوٹو|تصویر)\\s*:\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  titleCues: ["کتاب", "فلم", "مضمون", "رپورٹ", "عنوان"],
  creditLines: [SIGNATURE_LINE, "^\\s*(?:ماخذ|بشکریہ)\\s*:?\\s+(?<name>[^\\n]{2,60}?)\\s*$"],
};
