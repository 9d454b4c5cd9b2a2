/** Turkish stance words (stems: Turkish adds its suffixes after them, "yalanladı", "asılsızdır"). */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const tr: StanceWords = {
  ...NEGATION_WORDS.tr,
  debunk: [
    { cue: "sahte\\p{L}*", example: "Stadyumun fotoğrafı sahte." },
    { cue: "yalan\\p{L}*", example: "Kulüp haberi yalanladı." },
    { cue: "asılsız\\p{L}*", example: "Bakanlık iddiaların asılsız olduğunu açıkladı." },
    { cue: "gerçeği yansıtm(?:ıyor|adı|amakta)\\p{L}*", example: "Açıklamada iddiaların gerçeği yansıtmadığı belirtildi." },
    { cue: "doğru değil\\p{L}*", example: "Belediye başkanının istifa ettiği doğru değil." },
    { cue: "uydurma\\p{L}*", example: "Alıntı tamamen uydurma." },
    { cue: "hiciv\\p{L}*|mizah sitesi\\p{L}*", example: "Haber bir mizah sitesinden alındı.", satire: true },
    { cue: "parodi\\p{L}*", example: "Hesap bir parodi hesabı.", satire: true },
    { cue: "şaka\\p{L}*", example: "Ödül bir şakaydı.", satire: true },
    { cue: "aldatmaca\\p{L}*", example: "Araştırma bir aldatmacaydı." },
    { cue: "(?:dez|mis)enformasyon\\p{L}*", example: "Uzmanlar paylaşımı dezenformasyon olarak nitelendirdi." },
    { cue: "çürüt\\p{L}*", example: "Araştırmacılar iddiayı çürüttü." },
    { cue: "(?:hiçbir )?kanıt (?:yok|bulunmuyor)\\p{L}*", example: "Toplantının yapıldığına dair kanıt yok." },
    { cue: "söylenti\\p{L}*", example: "Kapanış söylentileri doğrulanmadı." },
  ],
  hedge: [
    // "so it is claimed", "alleged", "put forward", and the participle "who claims" ("… olduğunu iddia eden X"): a report
    // passed on, not vouched for. Not "iddia etti" alone, which a quoted person's own claim takes. The dotted capital
    // "İ" has no simple case folding to "i", so a sentence-initial form is spelled out.
    { cue: "[iİ]ddiaya\\s+göre|[iİ]ddia\\s+(?:edilen|eden)\\p{L}*|(?:öne|ileri)\\s+sürülen\\p{L}*", example: "İddiaya göre belediye başkanı liman ihalesini iptal etti." },
    { cue: "doğrulanmadı|teyit\\s+edilmedi", example: "Belediye başkanı liman ihalesini iptal etti. Haber henüz doğrulanmadı." },
  ],
  possibility: [
    // The potential mood ("hafifletebilir", "olabilir"): a verb of any stem with -ebil/-abil.
    { cue: "\\p{L}+(?:ebil|abil)(?:ir|irler|eceği|eceğini|ir\\p{L}*)", example: "Dulavratotu özlü kahve migreni hafifletebilir." },
    { cue: "muhtemelen|belki|olası|büyük\\s+olasılıkla|görünüyor|ön\\s+bulgular\\p{L}*|ilk\\s+sonuçlar\\p{L}*|farelerde|sıçanlarda", example: "Hap farelerde yaşlanmayı tersine çevirdi." },
  ],
  condition: [{ cue: "eğer|şayet", example: "Eğer çalışma doğrulanırsa kahve migreni hafifletebilir." }],
  plain: ["Belediye başkanı salı günü istifa etti.", "Bir araştırmaya göre çay uykuyu iyileştiriyor."],
};
