// Arabic verbs of publishing and relaying read as one class (an unseen story wrote "ونقلت صحيفة X تفاصيل …" without عن, a verb
// with an object suffix "بعد أن نشرتها صحيفة X", "ووفقاً لما نشرته صحيفة X", "وفق ما نقله موقع X عن موقع Y", "تناولت مجلة X"):
// behind an outlet noun the name is an outlet's; a relay's own "عن <outlet noun> Y" cites Y too. Controls: a person or a
// common noun in the same slot cites nothing.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (body: string) => readPlain(body, "ar").attributions.map((a) => a.outletName).sort();

describe("Arabic relay verbs behind an outlet noun cite the outlet", () => {
  it.each([
    ["ونقلت صحيفة \"الوادي الأخضر\" اليمنية تفاصيل التقرير كاملة.", ["الوادي الأخضر"]],
    ["وانتشر الخبر بعد أن نشرتها صحيفة \"نجمة الصباح\" التونسية قبل أسبوع.", ["نجمة الصباح"]],
    ["ووفقًا لما نشرته صحيفة \"نجمة الصباح\"، فإن المصنع سيغلق.", ["نجمة الصباح"]],
    ["وفق ما نقله موقع “قمر الشمال” عن موقع “الوادي الأخضر” البريطاني، فإن المصنع سيغلق.", ["الوادي الأخضر", "قمر الشمال"]],
    ["وتناولت مجلة \"قمر الشمال\" القضية في عددها الأخير.", ["قمر الشمال"]],
    ["وكشفت صحيفة \"نجمة الصباح\" تفاصيل جديدة عن المصنع.", ["نجمة الصباح"]],
    ["وأوردت وكالة \"قمر الشمال\" الخبر صباح اليوم.", ["قمر الشمال"]],
  ])("%s", (text, names) => {
    expect(cited(text)).toEqual(names);
  });
});

describe("control: a person or a common noun in the same slot cites nothing", () => {
  it.each([
    "ونقل الوزير \"سامي\" تفاصيل التقرير كاملة.",
    "ووفقًا لما نشرته الوزيرة سلمى الحداد، فإن المصنع سيغلق.",
    "وفق ما نقله الموظفون عن المدير، فإن المصنع سيغلق.",
    "وتناولت الدراسة \"أثر المصانع\" في عددها الأخير.",
    "ووفقًا لما نشرته الصحيفة، فإن المصنع سيغلق.",
  ])("%s", (text) => {
    expect(cited(text)).toEqual([]);
  });
});
