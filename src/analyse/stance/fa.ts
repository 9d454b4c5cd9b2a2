/** Persian stance words (cues match inside words: prefixes and suffixes attach). */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const fa: StanceWords = {
  ...NEGATION_WORDS.fa,
  debunk: [
    { cue: "جعلی", example: "این عکس جعلی است." },
    { cue: "دروغ", example: "این خبر دروغ است." },
    { cue: "شایعه", example: "این شایعه در شبکه‌ها پخش شد." },
    { cue: "طنز", example: "این مطلب را یک سایت طنز منتشر کرد.", satire: true },
    { cue: "ساختگی", example: "این نقل قول ساختگی است." },
    { cue: "فریب", example: "روزنامه فریب خورد." },
    { cue: "شوخی", example: "این جایزه یک شوخی بود.", satire: true },
    { cue: "تکذیب", example: "وزارت این خبر را تکذیب کرد.", denial: true },
    { cue: "نادرست", example: "این ادعا نادرست است." },
    { cue: "هجو", example: "این متن هجو بود.", satire: true },
  ],
  plain: ["شهردار روز سه‌شنبه استعفا داد.", "یک پژوهش می‌گوید گردو به خواب کمک می‌کند."],
};
