/**
 * Arabic words that pass a claim on as someone else's were not read: "زعمت صحيفة أن …" (a paper claimed that …) and
 * "ادعاءات بأن" (claims that …) left a claim presented as true, and "المزعومة" (the alleged) was a hedge where the
 * other languages read the adjective as calling what the noun names alleged (StanceWords.alleged). Invented texts.
 */
import { describe, expect, it } from "vitest";
import { readStance } from "../../src/analyse/stance.ts";
import { sentenceSpans } from "./stanceArticle.ts";

function stanceOf(sentences: string[], wording = sentences[0] as string) {
  const spans = sentenceSpans(sentences);
  return readStance({ language: "ar", sentences: spans }, { debunk: false, negated: false, statements: [spans[0]!], wording });
}

describe("Arabic words that pass a claim on as someone's", () => {
  it.each([
    ["زعمت صحيفة محلية أن رئيس بلدية الواحة باع قصره في الجبل لشركة أجنبية."],
    ["وزعم مدونون أن رئيس بلدية الواحة باع قصره في الجبل لشركة أجنبية."],
    ["عادت إلى الواجهة ادعاءات قديمة بأن رئيس بلدية الواحة باع قصره في الجبل."],
    ["وتداولت الصفحات مزاعم بأن رئيس بلدية الواحة باع قصره في الجبل."],
  ])("only mention the claim: %s", (sentence) => {
    expect(stanceOf([sentence]).stance).toBe("mentions");
  });

  it.each([
    // The public prosecutor (الادعاء العام) and leaders (زعماء) are no claims.
    ["قال الادعاء العام إن رئيس بلدية الواحة باع قصره في الجبل لشركة أجنبية."],
    ["اجتمع زعماء الأحزاب في الواحة يوم الثلاثاء لبحث ميزانية البلدية."],
    // "This claim is old" points back at what the sentence tells; it passes nothing on.
    ["باع رئيس بلدية الواحة قصره في الجبل لشركة أجنبية، وهذا الادعاء قديم."],
    ["قال الادعاء العام بأن رئيس بلدية الواحة باع قصره في الجبل لشركة أجنبية."],
    ["باع رئيس بلدية الواحة قصره في الجبل لشركة أجنبية يوم الثلاثاء."],
  ])("leave a plain telling presented as true: %s", (sentence) => {
    expect(stanceOf([sentence]).stance).toBe("true");
  });

  it("reads the alleged thing the claim names as doubtful already, agreeing with a cue that calls it invented", () => {
    const sentences = ["انتهت قضية الاختطاف المزعوم لطفل في الواحة.", "كان الطفل قد اختلق القصة خوفا من العودة إلى البيت، فهي قصة مفبركة."];
    expect(stanceOf(sentences).stance).toBe("true");
    expect(stanceOf(sentences, "اختطف طفل في الواحة.").stance).toBe("false");
  });
});
