// Turkish `Adın "…" sözleri`: the words' owner in the genitive (probe 19 item 7), pinned with texts of our own.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

const read = (body: string, language: string) => readPlain(body, language, "Valley Ledger");

describe("Turkish: the owner of the words in the genitive before a quotation", () => {
  it.each([
    ["Bakan Aksoy'un \"Liman gelecek ay yeniden açılacak ve gemiler dönecek\" sözleri tepki çekti.", "Aksoy"],
    ["Vali Selim Karaca'nın \"Köprü yarın sabah trafiğe kapanacak ve onarım başlayacak\" ifadeleri gündem oldu.", "Selim Karaca"],
    ["Feribot kaptanı Emre Tunç'un, \"Dalga çok yüksekti, gemiyi limana zor soktuk\" sözleri sosyal medyada paylaşıldı.", "Emre Tunç"],
  ])("%s", (text, name) => {
    expect(quotedSpeaker(read(text, "tr"))).toBe(name);
  });

  it("the words' noun with no quotation before it makes no one speak", () => {
    expect(read("Vali Selim Karaca'nın sözleri gündem oldu.", "tr").sources).toEqual([]);
  });
});
