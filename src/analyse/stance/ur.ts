/**
 * Urdu stance words. Arabic script glues no prefixes onto these words, but Urdu writes compounds apart and its phrases
 * span words ("فیک نیوز", "بے بنیاد"): cues are whole words or phrases matched anywhere, each no start of a common longer word.
 */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const ur: StanceWords = {
  ...NEGATION_WORDS.ur,
  debunk: [
    { cue: "فیک نیوز|جعلی خبر|جعلی", example: "یہ خبر فیک نیوز ہے۔" },
    { cue: "جھوٹی خبر|جھوٹی|جھوٹا|جھوٹ", example: "وزیر نے کہا کہ یہ خبر جھوٹی ہے۔" },
    { cue: "من گھڑت", example: "پل گرنے کی خبر من گھڑت ہے۔" },
    { cue: "بے بنیاد", example: "پولیس نے دعوے کو بے بنیاد قرار دیا۔" },
    { cue: "افواہ|افواہیں", example: "اسکول بند ہونے کی افواہ پھیل گئی۔" },
    { cue: "تردید", example: "وزارت نے اس خبر کی تردید کی۔", denial: true },
    { cue: "طنز", example: "یہ مضمون ایک طنزیہ ویب سائٹ کا تھا۔", satire: true },
    { cue: "حقیقت نہیں|سچ نہیں|درست نہیں", example: "پولیس کے مطابق یہ خبر درست نہیں۔" },
  ],
  plain: ["میئر نے منگل کو استعفیٰ دے دیا۔", "ایک تحقیق کے مطابق چائے سے نیند اچھی آتی ہے۔"],
};
