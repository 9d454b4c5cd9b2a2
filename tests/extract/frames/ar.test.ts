// Arabic frames on sentences of our own (invented outlets and people): names stand behind a cue word (kept as the cue), every
// frame's span is a candidate needing evidence, and ordinary noun phrases after حسب / بحسب ("the latest statements", "what …") are no names.
import { describe, expect, it } from "vitest";
import { ar } from "../../../src/extract/frames/ar.ts";
import { frameHits, names } from "./helpers.ts";

describe("Arabic frames", () => {
  it.each([
    ["ويختبئ قرب المدينة، بحسب صحيفة الفجر.", "الفجر"],
    ["وفقاً لوكالة الشرق، انسحبت القوات.", "الشرق"],
    ["نقلت صحيفة الفجر عن مسؤول أن السد آمن.", "الفجر"],
    ["وقال الخبير لموقع المدى إن الوضع خطير.", "المدى"],
    ["ذكرت وكالة الشرق أن الهجوم وقع ليلاً.", "الشرق"],
    ["ونشرت صحيفة الفجر تقريراً عن السد.", "الفجر"],
    ["وأكد المسؤول ذلك، نقلاً عن وكالة الشرق.", "الشرق"],
    ["وقال الوزير في تصريح لصحيفة الفجر إن السد آمن.", "الفجر"],
    ["وجاء ذلك في تقرير نشرته صحيفة الفجر أمس.", "الفجر"],
    // A name between doubled apostrophes, as web text types quotation marks.
    ["وقالت صحيفة ''الفجر'' المحلية إن السد آمن.", "الفجر"],
  ])("%s → %s", (text, name) => expect(names(ar, text)).toContain(name));

  it("keeps the cue word apart and marks every frame as needing evidence", () => {
    expect(frameHits(ar, "ويختبئ قرب المدينة، بحسب صحيفة الفجر.")[0]).toMatchObject({ name: "الفجر", cue: "صحيفة" });
    expect(ar.frames.every((f) => f.needsEvidence)).toBe(true);
  });

  it.each([
    "وأكد الوزير، حسب آخر التصريحات، أن السد آمن.",
    "وأكد الوزير، حسب ما أفادت به مصادر، أن السد آمن.",
    "بحسب مصادر محلية، انهار السد.",
    "وفقاً لوسائل الإعلام، انهار السد.",
    "حسب التقارير، انهار السد.",
  ])("an ordinary noun phrase after حسب / وفقاً لـ is no name: %s", (text) => {
    const hits = frameHits(ar, text);
    expect(hits).toEqual([]);
  });

  it("captures an unmarked phrase after حسب only as a candidate needing evidence", () => {
    const hits = frameHits(ar, "وأكد الوزير، حسب الرواية الرسمية، أن السد آمن.");
    expect(hits.every((h) => h.rule.needsEvidence === true)).toBe(true);
  });

  it.each([
    "انهار السد بعد أسبوع من الأمطار الغزيرة.",
    "قال الوزير إن السد آمن.",
  ])("a sentence without attribution yields no frame: %s", (text) => expect(frameHits(ar, text)).toEqual([]));
});
