/**
 * Thai stance words. Thai writes no spaces between words (only between phrases): cues match anywhere, so a cue that is
 * part of a common longer word is fenced off — "เท็จ" (false) never as part of "ข้อเท็จจริง" (the facts).
 */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const th: StanceWords = {
  ...NEGATION_WORDS.th,
  debunk: [
    { cue: "ข่าวปลอม|ข่าวลวง|เฟคนิวส์", example: "กระทรวงยืนยันว่าข่าวนี้เป็นข่าวปลอม" },
    { cue: "(?<!ข้อ)เท็จ(?!จริง)", example: "บริษัทเผยแพร่ข้อมูลอันเป็นเท็จ" },
    { cue: "ไม่เป็นความจริง|ไม่ใช่เรื่องจริง|ไม่ใช่ความจริง|ไม่จริง", example: "นายกเทศมนตรีกล่าวว่าเรื่องนี้ไม่ใช่เรื่องจริง" },
    { cue: "บิดเบือน", example: "ตำรวจระบุว่าภาพนี้ถูกบิดเบือน" },
    { cue: "ปฏิเสธข่าว|ออกมาปฏิเสธ", example: "สโมสรออกมาปฏิเสธข่าวการขายนักเตะ", denial: true },
    { cue: "เสียดสี|ล้อเลียน", example: "บทความนี้มาจากเว็บไซต์เสียดสี", satire: true },
  ],
  plain: ["นายกเทศมนตรีลาออกเมื่อวันอังคาร", "ผลการศึกษาระบุว่าวอลนัทช่วยให้นอนหลับ", "ผู้สื่อข่าวตรวจสอบข้อเท็จจริงกับกระทรวง"],
};
