// After the story, a heading over other stories starts the page's furniture: a line in capitals further down ("GÜNDEM
// ARŞİVİ", agenda archive) is a menu label, not a wire credit; a capitalised credit right after the story still is one.
// Own invented story.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/clean.ts";
import type { RawArticle } from "../../src/ingest/types.ts";

const STORY =
  "Belediyeden açıklama\n\n" +
  "Karabel Belediyesi, parktaki ağaçların kesileceğine dair iddiaların gerçeği yansıtmadığını açıkladı.\n\n" +
  "Belediyeden yapılan açıklamada, parktaki ağaçların yalnızca budanacağı ve hiçbir ağacın kesilmeyeceği belirtildi.\n\n";

function credits(text: string, language = "tr"): string[] {
  const raw: RawArticle = { meta: { id: "a", file: "a.txt", format: "text", language, outlet: "Kuzey Postası" }, text };
  return cleanArticle(raw).creditLines;
}

describe("capitalised lines after the page's furniture has begun", () => {
  it("takes no menu label in capitals under a heading over other stories for a credit", () => {
    expect(credits(STORY + "  Diğer Haberler\nGÜNDEM ARŞİVİ\nAnket bulunamadı.\nBİZİ İZLEYİN\n")).toEqual([]);
  });

  it("still takes a name in capitals closing the story for its credit", () => {
    expect(credits(STORY + "KUZEY AJANSI\n")).toEqual(["KUZEY AJANSI"]);
  });

  it("still takes it after a short closing sentence", () => {
    expect(credits(STORY + "Budama pazartesi başlayacak.\nKUZEY AJANSI\n")).toEqual(["KUZEY AJANSI"]);
  });
});
