// Turkish speech tags beyond "X, "…" dedi": an answer ("diye cevap verdi"), the reported past of retellings ("demiş",
// "diye yazmış"), a demonstrative object before a colon ("şunları söyledi:"), an owner's statement in the genitive
// ("X'in açıklaması şöyle:"), and a subject that where and how the words were given, not a comma, parts from its
// quotation ("X yaptığı açıklamada "…" dedi", "X buna, "…""). A name in another case, or a clause of its own before the
// quotation, speaks nothing (session 34). Invented.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

const BEFORE = "Belediye Başkanı Hasan Çelikkol dün limanı gezdi. Vali Selin Karaağaç'a kaza soruldu. ";

describe("Turkish speech tags", () => {
  it.each([
    ["an answer given", 'Karaağaç buna, "Soruşturma bütün hızıyla sürüyor, sonucu bekleyeceğiz." diye cevap verdi.', "Selin Karaağaç"],
    ["the reported past", 'Yazar Orhan Tekinalp sosyal medyada "Bu haber baştan sona yalan, kimse inanmasın" diye yazmış.', "Orhan Tekinalp"],
    ["the reported past of demek", 'Gazeteci Deniz Akyürek de "Köprü çökmedi, sadece bir çatlak var" demiş.', "Deniz Akyürek"],
    ["a participle of the act", 'Çelikkol yaptığı açıklamada "Feribot seferleri pazartesi yeniden başlayacak" dedi.', "Hasan Çelikkol"],
    ["the following, before a colon", 'Çelikkol şunları söyledi: "Herkes sakin olsun, ekiplerimiz sahada çalışıyor."', "Hasan Çelikkol"],
    ["a statement in the genitive", 'Çelikkol\'un açıklaması şöyle: "Köprü yarın yeniden açılacak, kimse endişe etmesin."', "Hasan Çelikkol"],
  ])("%s", (_what, sentence, speaker) => {
    expect(quotedSpeaker(readPlain(BEFORE + sentence, "tr"))).toBe(speaker);
  });

  it.each([
    ["a clause of its own between the name and the quotation", 'Murat Kılıçarslan öldükten sonra eşi "Onu hep sevgiyle anacağız, herkese teşekkürler" dedi.'],
    ["a name in the dative is whom the question was put to", 'Ayla Gündoğdu\'ya gazeteciler "Köprü neden bu kadar geç kapatıldı, açıklar mısınız" diye sordu.'],
  ])("%s: no speaker", (_what, sentence) => {
    expect(quotedSpeaker(readPlain(sentence, "tr"))).toBeUndefined();
  });
});
