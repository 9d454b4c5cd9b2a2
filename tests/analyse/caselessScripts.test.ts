/**
 * Statements in spaced scripts without capitals (Arabic, Urdu): no names and no verbs can be read there, so a
 * paraphrase is linked on its words at the bar of named statements; vowel points and the Urdu full stop glued to the
 * next sentence do not cut words or join sentences. Invented stories (an invented village and fish).
 */
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../src/analyse/claims.ts";
import { termsOf } from "../../src/analyse/terms.ts";
import { analyseSentences } from "../../src/extract/sentences.ts";
import { source } from "./statementSources.ts";

describe("statements in a script without capitals", () => {
  it("links two Arabic paraphrases of one report into one claim", () => {
    const ar = { language: "ar" };
    const groups = groupClaims([
      source("wahat-a", 3, ["اصطاد صياد من قرية الرمال سمكة عملاقة يبلغ وزنها ثلاثمئة كيلوغرام بعد صراع طويل في البحر الهائج قرب الشاطئ الصخري", "وقال سكان القرية إن الصيادين احتفلوا طوال الليل"], [], ar),
      source("sahil-b", 4, ["تمكن صياد شاب من قرية الرمال من اصطياد سمكة عملاقة يبلغ وزنها ثلاثمئة كيلوغرام في عرض البحر مساء الجمعة الماضية", "ويأمل الرجل بيع صيده في السوق المركزي للمدينة"], [], ar),
    ]);
    expect(groups.map((g) => g.articles.slice().sort())).toContainEqual(["sahil-b", "wahat-a"]);
  });

  it("meets a long Arabic paraphrase whose rarest words are all its own", () => {
    const ar = { language: "ar" };
    // Each telling has more words of its own than the dozen rarest it is indexed under: only the shared ones can meet.
    const told = "أعلن مزارع من قرية الواحة الخضراء صباح الأحد أمام جيرانه المندهشين ضاحكا مسرورا أنه زرع بطيخة عملاقة وزنها مئة كيلوغرام في حقله الشمالي بعد موسم ممطر طويل جدا بينما التقط الأطفال صورا كثيرة";
    const retold = "قال الرجل لمراسلنا هاتفيا مساء الاثنين إنه فخور بعمله بعد أن زرع مزارع قرية الواحة الخضراء بطيخة عملاقة وزنها مئة كيلوغرام في حقله الشمالي بعد موسم ممطر طويل جدا ويحلم بجائزة المعرض السنوي";
    const groups = groupClaims([
      source("wahat-a", 3, [told, "وافتتحت البلدية مدرسة جديدة للبنات في الحي الغربي", "وارتفعت أسعار الخبز في الأسواق المحلية"], [], ar),
      source("sahil-b", 4, [retold, "وشهدت المدينة أمطارا غزيرة أغرقت الشوارع القديمة", "ويستعد الفريق المحلي لمباراة الكأس النهائية"], [], ar),
    ]);
    expect(groups.map((g) => g.articles.slice().sort())).toEqual([["sahil-b", "wahat-a"]]);
  });

  it("reads a word printed with vowel points as the word without them", () => {
    expect([...termsOf("وبيَّنت المصادر مهرًا", "ar").all]).toEqual([...termsOf("وبينت المصادر مهرا", "ar").all]);
  });

  it("ends an Urdu sentence at its full stop even where no space follows", () => {
    const text = "گاؤں میں ایک ماہی گیر نے بڑی مچھلی پکڑی ہے۔مقامی لوگوں کے مطابق یہ سب سے بڑی مچھلی ہے۔";
    const sentences = analyseSentences(text, [{ start: 0, end: text.length }], "ur").sentences.map((s) => s.text);
    expect(sentences).toEqual(["گاؤں میں ایک ماہی گیر نے بڑی مچھلی پکڑی ہے۔", "مقامی لوگوں کے مطابق یہ سب سے بڑی مچھلی ہے۔"]);
  });

  it("reads an Urdu figure with its scale word as the whole number", () => {
    expect(termsOf("40 لاکھ ڈالر", "ur").anchors).toContain("#4000000");
  });
});
