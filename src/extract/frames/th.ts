/**
 * Thai reading data: «ตามรายงานของ X» (according to X's report), «X รายงานว่า» (X reported that), «สำนักข่าว X อ้าง…»,
 * «กล่าวกับ X» / «ให้สัมภาษณ์กับ X» (told X), «ตีพิมพ์ใน X» (published in X), «แหล่งข่าว» (a source). Thai writes no
 * spaces between words, only between phrases, and has no capitals: a name is a run of Thai letters the frame bounds —
 * its cue words on the left, a verb or particle of reporting, a space or punctuation on the right — and needs outside
 * evidence (`needsEvidence`): the registry, a case outlet, an outlet noun before it («สำนักข่าว», news agency;
 * «หนังสือพิมพ์», newspaper) or an outlet word ending it («ออนไลน์»). A name in Latin letters ("Reuters") is read as written.
 */
import { SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/** Thai letters with their vowel signs and tone marks (one script: letters, marks and Thai digits). */
const THAI = "\\p{Script=Thai}";
/**
 * Verbs and particles of reporting and the clause words that follow a cited name in running text: a run of Thai letters
 * ends before the first of them ("ไทยรัฐรายงานว่า", "สำนักข่าวรอยเตอร์ระบุว่า"). Lazy: the shortest run that reaches one.
 */
const RIGHT = "(?:รายงาน|ระบุ|เปิดเผย|อ้าง|เผยแพร่|ตีพิมพ์|นำเสนอ|ได้|ว่า|เมื่อ|ซึ่ง|ที่|โดย|ใน|และ|ยัง|ก็|จะ|พบ|เผย|แถลง|ล่าสุด|เกี่ยวกับ|ถึง|กล่าว|บอก)";
/** Words that never begin a cited name: the frame's own prepositions, a pronoun, "the side of" («ทาง»). */
const NOT_START = "(?!(?:ของ|จาก|กับ|แก่|ต่อ|ใน|ทาง|ด้าน|ว่า|ที่|ซึ่ง|เขา|เธอ|ผู้สื่อข่าว|นักข่าว|สื่อมวลชน))";
/** A run of Thai letters (two to twenty-four), the shortest that reaches the frame's end. */
const THAI_RUN = `${NOT_START}${THAI}{2,24}?`;
/** A name in Latin letters in a Thai text ("Reuters", "Bangkok Post"), as written. */
const LATIN = "\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,4}";
/** Nouns for a publication written right before its name, with or without a space, kept as the frame's `cue`. */
// Not «สื่อ» (media), which stands alone for the press in general and inside «ผู้สื่อข่าว» (reporter), nor «เว็บไซต์ข่าว»
// (news website), which would take «ข่าว» off a name that opens on it («เว็บไซต์ข่าวสด»: the website Khaosod).
const CUE_NOUNS = ["สำนักข่าว", "หนังสือพิมพ์", "เว็บไซต์", "สถานีโทรทัศน์", "สถานีวิทยุ", "ช่อง", "นิตยสาร", "วารสาร"];
const CUE = `(?<cue>${[...CUE_NOUNS].sort((a, b) => b.length - a.length).join("|")})\\s?`;
/** A phrase's edge: the start, a space or punctuation. */
const EDGE = `(?<=^|[\\s,.;:!?()"“”'‘’])`;
/** "On the side of" («ทาง», «ด้าน»), which Thai writes before a subject it turns to ("ด้านเดลินิวส์รายงานว่า"). */
const SIDE = "(?<=ทาง|ด้าน)";
/** Where a subject may begin: at a phrase's edge or after "on the side of", with or without an outlet noun before it. */
const LEFT = `(?:(?:${EDGE}|${SIDE})${CUE}|${EDGE}|${SIDE})`;
/** What follows a cited name: the frame's verb or particle, a space or punctuation, the text's end. */
const END = `(?=\\s|[,.;:!?()"“”'‘’]|$|${RIGHT})`;
/** Nouns of public bodies and firms: ministry, department, police, office, university, hospital, court, government … */
const ORGANISATIONS = ["กระทรวง", "กรม", "ตำรวจ", "สำนักงาน", "มหาวิทยาลัย", "โรงพยาบาล", "ศาล", "รัฐบาล", "พรรค", "บริษัท", "ธนาคาร", "กองทัพ", "เทศบาล", "สภา"];
/** Verbs of reporting after an outlet, with the optional "has" («ได้») and "news" («ข่าว») before the complementiser. */
const REPORTED = "(?:ได้)?(?:รายงาน|เผยแพร่|ตีพิมพ์|นำเสนอ)(?:ข่าว)?(?:ว่า|ถึง)";

export const th: LanguageFrames = {
  language: "th",
  unspaced: true,
  name: `(?:${LATIN}|${THAI_RUN})`,
  date: "(?<date>(?:เมื่อ)?วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|ศุกร์|เสาร์|อาทิตย์)(?:ที่\\s?\\d{1,2})?)",
  descriptor: "(?:สำนักข่าว|หนังสือพิมพ์|สื่อ|เว็บไซต์|สถานี)(?:ดังกล่าว|นี้|เดียวกัน)",
  end: END,
  frames: [
    // "ตามรายงานของสำนักข่าวรอยเตอร์" (according to the report of the news agency Reuters), "จากรายงานของ", "รายงานข่าวจาก".
    { id: "th.tam_rayngan", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: `(?:ตาม|จาก|อ้าง|อ้างอิง)?รายงาน(?:ข่าว)?(?:ของ|จาก)\\s?(?:${CUE})?{SRC}${END}`, example: "ตามรายงานของหนังสือพิมพ์ไทยรัฐ สะพานจะปิดในวันพรุ่งนี้", expect: "ไทยรัฐ" },
    // "อ้างอิงข้อมูลจาก X", "ข้อมูลจาก X" (citing, information from X).
    { id: "th.angying", frame: "citing", allowUnknown: true, needsEvidence: true, pattern: `(?:อ้างอิง|อ้าง)(?:ข้อมูล|ข่าว)?จาก\\s?(?:${CUE})?{SRC}${END}`, example: "อ้างอิงข้อมูลจากสำนักข่าวเอพี สะพานจะปิด", expect: "เอพี" },
    // "ไทยรัฐรายงานว่า", "สำนักข่าวรอยเตอร์รายงานว่า" (X reported that), a time phrase between allowed.
    { id: "th.rayngan_wa", frame: "reported", allowUnknown: true, needsEvidence: true, publishingVerb: true, pattern: `${LEFT}{SRC}\\s?(?:เมื่อวัน\\S{2,12}\\s?)?${REPORTED}`, example: "หนังสือพิมพ์ไทยรัฐรายงานว่า สะพานจะปิดในวันพรุ่งนี้", expect: "ไทยรัฐ" },
    // "… กล่าวกับสำนักข่าวรอยเตอร์", "ให้สัมภาษณ์กับหนังสือพิมพ์ X" (told, gave an interview to X).
    { id: "th.klao_kap", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `(?:กล่าว|บอก|ให้สัมภาษณ์|ยืนยัน|เปิดเผย|ชี้แจง)(?:กับ|แก่|ต่อ)\\s?(?:${CUE})?{SRC}${END}`, example: "นายตำรวจคนหนึ่งกล่าวกับหนังสือพิมพ์ไทยรัฐว่า สะพานปิดแล้ว", expect: "ไทยรัฐ" },
    // "ตีพิมพ์ในหนังสือพิมพ์ X", "เผยแพร่ในเว็บไซต์ X" (published in X).
    { id: "th.tiphim_nai", frame: "published_in", allowUnknown: true, publication: true, needsEvidence: true, pattern: `(?:ตีพิมพ์|เผยแพร่|ลงข่าว)(?:ครั้งแรก)?(?:ใน|บน|ทาง)\\s?(?:${CUE})?{SRC}${END}`, example: "บทความนี้ตีพิมพ์ในหนังสือพิมพ์ไทยรัฐ เมื่อวันจันทร์", expect: "ไทยรัฐ" },
  ],
  // Verbs of saying with the complementiser «ว่า» (that) glued on: a verb alone is as often part of a longer word
  // ("กล่าวหา", to accuse), which no space sets apart.
  speechVerbs: ["กล่าวว่า", "ระบุว่า", "เปิดเผยว่า", "บอกว่า", "ยืนยันว่า", "ชี้แจงว่า", "แถลงว่า", "เผยว่า", "ให้สัมภาษณ์ว่า", "โพสต์ข้อความว่า", "อธิบายว่า", "เตือนว่า"],
  pronouns: { singular: ["เขา", "เธอ", "ท่าน"], plural: ["พวกเขา"] },
  // «แหล่งข่าว» (a news source), «ผู้เชี่ยวชาญ» (an expert), «เจ้าหน้าที่» (an official), «ผู้เห็นเหตุการณ์» (an eyewitness).
  anonymousHeads: ["แหล่งข่าว", "ผู้เชี่ยวชาญ", "เจ้าหน้าที่", "ผู้เห็นเหตุการณ์"],
  // After a source noun, the body it is of, written on without a space ("แหล่งข่าวในกระทรวง", a source in the ministry;
  // "เจ้าหน้าที่ตำรวจ", a police officer), then a verb of saying with «ว่า» (that): the source says what follows. Only a
  // body's noun and a few letters of its name: a longer run holds a clause of its own ("…จับกุมผู้ต้องหาซึ่ง…").
  anonymousAccording: `(?<tail>(?:(?:ใน|จาก|ของ|ประจำ)?(?:${ORGANISATIONS.join("|")})${THAI}{0,12}?)?)(?:ระบุ|เปิดเผย|กล่าว|บอก|ยืนยัน|ชี้แจง|เผย)ว่า`,
  determiners: ["หนึ่ง", "บาง", "หลาย"],
  roleNouns: ["โฆษก", "รัฐมนตรี", "นายกรัฐมนตรี", "ผู้ว่าราชการจังหวัด", "ผู้ว่าฯ", "ผู้บัญชาการ", "อธิบดี", "ผู้อำนวยการ", "ประธาน", "นายกเทศมนตรี", "ศาสตราจารย์", "นักวิชาการ", "แพทย์", "ผู้สื่อข่าว", "บรรณาธิการ"],
  organisationCues: ORGANISATIONS,
  outletCues: ["สำนักข่าว", "หนังสือพิมพ์", "เว็บไซต์", "สถานีโทรทัศน์", "สถานีวิทยุ", "นิตยสาร", "ออนไลน์", "news", "tv"],
  // An outlet word ending a name written as one run ("มติชนออนไลน์", Matichon Online; "…นิวส์", news; "…ทีวี", TV).
  outletSuffixes: ["ออนไลน์", "นิวส์", "ทีวี", "โพสต์ทูเดย์"],
  genericSources: ["สื่อ", "สื่อต่างประเทศ", "สื่อท้องถิ่น", "สื่อมวลชน", "สื่อสังคมออนไลน์", "โซเชียลมีเดีย", "แหล่งข่าว", "ผู้สื่อข่าว", "นักข่าว"],
  nameStopwords: ["ของ", "จาก", "กับ", "ว่า", "ที่", "และ", "ใน"],
  photoCredits: ["(?:ภาพ|ภาพประกอบ|ขอบคุณภาพ|ที่มาภาพ)\\s*[:：]\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  titleCues: ["หนังสือ", "ภาพยนตร์", "บทความ", "รายงาน", "เพลง", "หัวข้อ"],
  creditLines: [SIGNATURE_LINE, "^\\s*(?:ที่มา|แหล่งที่มา|ขอบคุณข้อมูล)\\s*[:：]\\s*(?<name>[^\\n]{2,60}?)\\s*$"],
};
