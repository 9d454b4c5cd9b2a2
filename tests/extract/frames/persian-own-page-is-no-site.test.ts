// A page noun followed by words that say whose page it is ("on his own personal page", "on its official page") names the
// speaker's or a body's own page, never a site: the Persian site frame must not take "personal own" for an outlet's name.
import { describe, expect, it } from "vitest";
import { fa } from "../../../src/extract/frames/fa.ts";
import { frameHits, names } from "./helpers.ts";

describe("Persian: one's own page is no site", () => {
  it.each([
    "بانو لیلا نیکو در صفحه شخصی خود در شبکه‌های اجتماعی نوشت که سد امن است.",
    "شهردار در صفحه خود نوشت که پل بسته نمی‌شود.",
    "وزارت راه در صفحه رسمی‌اش اعلام کرد که جاده باز است.",
    "این هنرپیشه در صفحه شخصی‌اش نوشت: من سالم هستم.",
  ])("no site named in: %s", (text) => expect(frameHits(fa, text).filter((h) => h.id === "fa.site")).toEqual([]));

  it("still reads a named site after the page noun", () => {
    expect(names(fa, "این مطلب در سایت khabarno.ir آمده است.")).toContain("khabarno.ir");
    expect(names(fa, "این یادداشت در صفحه «دریانامه» منتشر شد.")).toContain("دریانامه");
  });
});
