// A time of day between an outlet's name and its verb ("خبرگزاری X عصر امروز اعلام کرد", agency X announced this
// afternoon) is when it spoke, not part of its name: the name ends where the time word begins, as it does before "امروز".
import { describe, expect, it } from "vitest";
import { fa } from "../../../src/extract/frames/fa.ts";
import { names } from "./helpers.ts";

describe("Persian: a time of day ends an outlet's name", () => {
  it.each([
    ["خبرگزاری پارس‌نو عصر امروز در بیانیه‌ای اعلام کرد که پل بسته نیست.", "پارس‌نو"],
    ["روزنامه دریانامه صبح دیروز نوشت که بندر بسته است.", "دریانامه"],
    ["سایت خبری آسمان‌نو شامگاه جمعه گزارش داد که پل فرو ریخت.", "آسمان‌نو"],
    ["خبرگزاری پارس‌نو دیشب اعلام کرد که سد امن است.", "پارس‌نو"],
  ])("%s → %s", (text, name) => expect(names(fa, text)).toEqual([name]));

  it("still reads a two-word name before the verb", () => {
    expect(names(fa, "روزنامه صدای بندر امروز نوشت که پل بسته است.")).toEqual(["صدای بندر"]);
  });
});
