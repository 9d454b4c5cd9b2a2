// Persian frames on sentences of our own (invented outlets and people): the frame bounds the name (after a cue word, in «», a
// Latin run), every span is a candidate needing evidence, generic nouns ("رسانه‌ها") never become names, plain sentences yield none.
import { describe, expect, it } from "vitest";
import { fa } from "../../../src/extract/frames/fa.ts";
import { frameHits, names } from "./helpers.ts";

describe("Persian frames", () => {
  it.each([
    ["به گزارش خبرگزاری پارس‌نو، بندر یک هفته بسته می‌ماند.", "پارس‌نو"],
    ["به گزارش ایسنانو از تهران، بندر بسته شد.", "ایسنانو"],
    ["به گزارش Harbor Times، بندر بسته شد.", "Harbor Times"],
    ["به گزارش «صبح دریا»، بندر بسته شد.", "صبح دریا"],
    ["این خبر به نقل از روزنامه صبح‌نو منتشر شد.", "صبح‌نو"],
    ["طبق گزارش روزنامه صبح‌نو، شهردار استعفا داد.", "صبح‌نو"],
    ["بر اساس گزارش خبرنو، شهردار استعفا داد.", "خبرنو"],
    ["به نوشته سایت خبرنو، بندر بسته شد.", "خبرنو"],
    ["در همین حال خبرگزاری پارس‌نو گزارش داد که بندر بسته است.", "پارس‌نو"],
    ["سایت خبرنو در مطلب خود نوشته بود: بندر بسته است.", "خبرنو"],
    ["شهردار به روزنامه صبح‌نو گفت که استعفا نمی‌دهد.", "صبح‌نو"],
    ["شهردار در گفت‌وگو با خبرگزاری پارس‌نو استعفا را رد کرد.", "پارس‌نو"],
    ["این مقاله در مجله دریاپژوه منتشر شد.", "دریاپژوه"],
    ["این مطلب در سایت khabarno.ir آمده است.", "khabarno.ir"],
  ])("%s → %s", (text, name) => expect(names(fa, text)).toContain(name));

  it("keeps the outlet noun before a name as the cue and marks every frame as needing evidence", () => {
    expect(frameHits(fa, "به گزارش خبرگزاری پارس‌نو، بندر بسته شد.")[0]).toMatchObject({ name: "پارس‌نو", cue: "خبرگزاری" });
    expect(fa.frames.every((f) => f.needsEvidence)).toBe(true);
  });

  it("reads 'this newspaper' as a descriptor", () => {
    expect(names(fa, "به گزارش این روزنامه، بندر بسته شد.")).toEqual(["این روزنامه"]);
  });

  it.each([
    "بندر از دوشنبه بسته است و کشتی‌ها منتظرند.",
    "به گزارش رسانه‌ها، بندر بسته شد.",
    "شهردار به او گفت که استعفا نمی‌دهد.",
    "شهردار گفت که بندر بسته می‌ماند.",
  ])("a sentence without a named source yields no name: %s", (text) => expect(frameHits(fa, text)).toEqual([]));
});
