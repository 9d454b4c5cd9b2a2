// Arabic: the day of the week after an outlet's name says when it reported ("ذكرت إذاعة الوادي الأربعاء": the radio reported
// on Wednesday), so the name ends before it; taken in, it made an outlet "Radio Wadi Wednesday" beside "Radio Wadi".
import { describe, expect, it } from "vitest";
import { readPlain } from "../helpers.ts";

const outlets = (text: string) => readPlain(text, "ar").attributions.map((a) => a.outletName);

describe("Arabic: a weekday after an outlet's name is no part of it", () => {
  it.each([
    ["وأعلنت البلدية أنها ستغلق الجسر، بحسب ما ذكرته إذاعة الوادي الأربعاء.", "الوادي"],
    ["وقالت صحيفة الفجر الخميس إن السد آمن.", "الفجر"],
    ["وكتب الوزير لموقع المدى السبت إن السد آمن، وقال لموقع المدى الاثنين إن العمل مستمر.", "المدى"],
  ])("%s → %s", (text, name) => {
    const names = outlets(text);
    expect(names).toContain(name);
    expect(names.every((n) => n === name)).toBe(true);
  });

  it("keeps a two-word name whose second word is no day", () => {
    expect(outlets("وقالت صحيفة الفجر الجديد إن السد آمن.")).toContain("الفجر الجديد");
  });
});
