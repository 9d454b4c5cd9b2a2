// Hostile texts through every language's frames: long runs of capitals, of Hangul, Han, Thai, Armenian and Arabic-script letters, with cue words
// sprinkled in. Each language must end quickly (patterns bound every repetition; a quadratic one would take minutes).
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../../src/extract/frames/index.ts";
import { frameHits } from "./helpers.ts";

const run = (words: readonly string[], n: number): string => Array.from({ length: n }, (_, i) => words[(i * 7919) % words.length]).join(" ");

const HOSTILE: Record<string, string> = {
  capitals: Array(20_000).fill("Capital").join(" "),
  latinMix: run(["Alpha", "secondo", "il", "quotidiano", "laut", "der", "Zeitung", "según", "el", "diario", "segundo", "o", "jornal", "selon", "according", "to", "Times", "reported", "wie", "berichtet", "of", "Dr.", "«", "»"], 20_000),
  cyrillic: run(["Как", "сообщает", "газета", "«", "»", "Северный", "Вестник", "по", "данным", "агентства"], 20_000),
  hangul: run(["한빛일보", "등", "현지", "언론에", "따르면", "는", "보도했다", "'디", "어니언'은", "인용해"], 20_000),
  han: `${"据新华社南港日报网站《".repeat(3_000)}${"报道".repeat(1_000)}`,
  armenian: run(["Ըստ", "«", "»", "Լեռնալուրի", "հաղորդում", "է", "Արմենպրեսը", "օրաթերթի", "Ազգային", "Ժողովի", "BBC-ի"], 20_000),
  // Thai writes no spaces between words: one run of cue words and names, with a space now and then.
  thai: Array.from({ length: 4_000 }, (_, i) => ["ตามรายงานของ", "หนังสือพิมพ์", "ไทยรัฐ", "รายงานว่า", "ขณะที่", "สำนักข่าว", "กล่าวกับ", " "][(i * 7919) % 8]).join(""),
  arabicScript: run(["به", "گزارش", "خبرگزاری", "بحسب", "صحيفة", "الفجر", "نقلت", "وكالة", "«", "»", "سایت"], 20_000),
};

describe("frames stay linear on hostile texts", () => {
  it.each(LANGUAGES.map((l) => ({ language: l.language, lang: l })))("$language ends within seconds on every hostile text", { timeout: 120_000 }, ({ lang }) => {
    for (const [kind, text] of Object.entries(HOSTILE)) {
      const t0 = performance.now();
      frameHits(lang, text);
      const ms = performance.now() - t0;
      expect(ms, `${lang.language} on ${kind}: ${Math.round(ms)} ms`).toBeLessThan(15_000);
    }
  });
});
