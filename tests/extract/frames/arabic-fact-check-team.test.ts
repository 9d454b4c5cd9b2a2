// Arabic: a fact-checking team at an outlet ("فريق التحقق في موقع X") as the subject of what it found is that outlet's
// report; a team with no outlet noun before a name, or a team of another kind, names no outlet. Own invented outlets.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../../src/core/outlets.ts";
import { ar } from "../../../src/extract/frames/ar.ts";
import { readText } from "../helpers.ts";
import { names } from "./helpers.ts";

describe("Arabic fact-checking team at an outlet", () => {
  it.each([
    ["فريق التحقق في موقع واحة النخيل كشف أن الصورة التقطت قبل عامين.", "واحة النخيل"],
    ["وأكد فريق تدقيق المعلومات لدى صحيفة السنبلة أن الرقم غير صحيح.", "السنبلة"],
    ["ونجح فريق الرصد بموقع الساقية في تتبع مصدر الشائعة.", "الساقية"],
  ])("%s → %s", (text, name) => expect(names(ar, text)).toContain(name));

  const cited = (body: string): string[] => readText(body, createOutletRegistry([]), { outlet: "صدى المدينة", language: "ar" }).attributions.map((a) => a.outletName);

  it("cites the outlet from an article", () => {
    expect(cited("انتشر خبر عن إغلاق الجسر الكبير.\nفريق التحقق في موقع واحة النخيل كشف أن الخبر مختلق.")).toEqual(["واحة النخيل"]);
  });

  it("cites a known outlet named between the team and its work", () => {
    const registry = createOutletRegistry([{ name: "Al-Sunbula", aliases: ["السنبلة"], descriptors: [], domains: [], kind: "newspaper", country: "XX" }]);
    const found = readText("وكشف فريق السنبلة لتدقيق المعلومات أن الرقم مختلق.", registry, { outlet: "صدى المدينة", language: "ar" }).attributions.map((a) => a.outletName);
    expect(found).toEqual(["Al-Sunbula"]);
  });

  it.each([
    "أكد فريق التدقيق في موقع \"واحة النخيل\" أن الخبر مختلق.",
  ])("cites a quoted name whole: %s", (text) => expect(cited(text)).toEqual(["واحة النخيل"]));

  it.each([
    "فريق كرة القدم في قناة الرياضة فاز أمس.",
    "انتشر الخبر ثم جاء فريق التدقيق في موقع \"واحة الن",
    "فريق العمل لتدقيق الحسابات أنهى مهمته.",
  ])("cites nobody in %s", (text) => expect(cited(text)).toEqual([]));
});
