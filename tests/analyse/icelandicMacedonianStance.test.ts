// Stance words of Icelandic and Macedonian on sentences of our own (invented places and people): they had none, so a
// debunk in their words ("er ekki rétt", "falsfrétt", "не е вистина", "лажна вест") left the story presented as true and
// a hedge ("er sagt hafa", "наводно") went unread. Words that share their letters with a cue are no cue ("rangt
// heimilisfang", a wrong address; "neitaði að svara", refused to answer; "ekki aðeins", not only; "мери неточно",
// measures imprecisely; "не само", not only).
import { describe, expect, it } from "vitest";
import { debunkCues, negationCues, readStance, type StanceArticle } from "../../src/analyse/stance.ts";

/** One article of the given sentences, the claim stated by the first. */
function firstStated(language: string, sentences: string[]) {
  let offset = 0;
  const spans = sentences.map((text) => {
    const span = { start: offset, end: offset + text.length, text };
    offset += text.length + 1;
    return span;
  });
  const article: StanceArticle = { language, sentences: spans };
  return readStance(article, { debunk: false, negated: false, statements: [spans[0] as never] });
}

describe("Icelandic and Macedonian debunk words", () => {
  it.each([
    ["is", "Hafnarstjórinn segir að fréttin um ferjuna sé ekki rétt.", "sé ekki rétt"],
    ["is", "Á netinu dreifist falsfrétt um ferjuna.", "falsfrétt"],
    ["is", "Félagið neitaði fréttinni.", "neitaði"],
    ["mk", "Општината соопшти дека веста за фериботот не е вистина.", "не е вистина"],
    ["mk", "На мрежите кружи лажна вест за фериботот.", "лажна"],
    ["mk", "Клубот ја демантираше веста.", "демантираше"],
  ])("%s: %s", (language, sentence, cue) => {
    expect(debunkCues(sentence, language).map((h) => h.text)).toContain(cue);
  });

  it.each([
    ["is", "Pósturinn kom pakkanum á rangt heimilisfang."],
    ["is", "Hún neitaði að svara spurningum blaðamanna."],
    ["mk", "Инструментот мери неточно на ниски температури."],
    ["mk", "Лажицата падна на подот."],
  ])("%s: no cue in %s", (language, sentence) => {
    expect(debunkCues(sentence, language)).toEqual([]);
  });

  it("'not only' negates nothing", () => {
    expect(negationCues("Höfninni er lokað ekki aðeins fyrir skipum heldur líka ferjum.", "is")).toEqual([]);
    expect(negationCues("Пристаништето е затворено не само за бродови.", "mk")).toEqual([]);
    expect(negationCues("Höfninni verður ekki lokað.", "is").map((h) => h.text)).toEqual(["ekki"]);
    expect(negationCues("Пристаништето нема да се затвори.", "mk").map((h) => h.text)).toEqual(["нема"]);
  });
});

describe("a story stated beside a debunk word is reported false, beside a hedge only mentioned", () => {
  it.each([
    ["is", ["Höfninni í Suðurvík verður lokað í heilan mánuð.", "Bæjarstjórinn segir að þessi frétt sé ekki rétt."]],
    ["mk", ["Пристаништето во Јужно Село ќе биде затворено цел месец.", "Општината соопшти дека оваа вест не е вистина."]],
  ])("%s: false", (language, sentences) => {
    expect(firstStated(language, sentences).stance).toBe("false");
  });

  it.each([
    ["is", ["Höfnin í Suðurvík er sögð hafa verið lokuð í heilan mánuð."]],
    ["mk", ["Пристаништето во Јужно Село наводно ќе биде затворено цел месец."]],
  ])("%s: mentioned", (language, sentences) => {
    expect(firstStated(language, sentences).stance).toBe("mentions");
  });
});
