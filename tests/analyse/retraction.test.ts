// A correction an article appends to itself ("An earlier version of this article reported that … We regret the error.")
// retracts the claim it speaks of: the article reports it false, with the correction's sentences as evidence. Before, a
// correction at the foot, away from the statement, was ignored and the article still presented the claim as true.
// Own invented texts.
import { describe, expect, it } from "vitest";
import { readStance, retractionCued } from "../../src/analyse/stance.ts";
import { sentenceSpans } from "./stanceArticle.ts";

function read(language: string, sentences: string[]) {
  const spans = sentenceSpans(sentences);
  return readStance({ language, sentences: spans }, { debunk: false, negated: false, statements: [spans[0] as never] });
}

const story: Record<string, string[]> = {
  en: ["The Welsh singer Orla Penhallow has died in Cardiff at the age of 54.", "She recorded eleven albums.", "Her last tour ended in March."],
  es: ["La cantante galesa Orla Penhallow ha muerto en Cardiff a los 54 años.", "Grabó once discos.", "Su última gira terminó en marzo."],
  pt: ["A cantora galesa Orla Penhallow morreu em Cardiff aos 54 anos.", "Ela gravou onze discos.", "Sua última turnê terminou em março."],
};
const correction: Record<string, string[]> = {
  en: ["Correction, June 4: An earlier version of this article reported that Orla Penhallow had died in Cardiff.", "Her label says she is well.", "We regret the error."],
  es: ["Una versión anterior de este artículo informaba que Orla Penhallow había muerto en Cardiff.", "Lamentamos el error."],
  pt: ["Uma versão anterior desta matéria informava que Orla Penhallow morreu em Cardiff.", "Lamentamos o erro."],
};

describe("an appended correction retracting the claim", () => {
  it.each(["en", "es", "pt"])("%s: reports the claim false, on the correction's words", (language) => {
    const reading = read(language, [...(story[language] ?? []), ...(correction[language] ?? [])]);
    expect(reading.stance).toBe("false");
    expect(reading.evidence.map((e) => e.text).join(" ")).toContain("Orla Penhallow");
  });
  it("an editor's note about something else retracts nothing (control)", () => {
    const note = "Editor's note: An earlier version of this article reported that the concert hall seats 2,000 people.";
    expect(read("en", [...(story.en ?? []), note]).stance).toBe("true");
  });
  it("the story without the correction is true (control)", () => {
    expect(read("en", story.en ?? []).stance).toBe("true");
  });
});

describe("an article's retraction cues, read once for all the claims it carries", () => {
  it("are found once per sentence list and language, and each claim still reads its own", () => {
    const spans = sentenceSpans([...(story.en ?? []), ...(correction.en ?? [])]);
    const article = { language: "en", sentences: spans };
    const cued = retractionCued(article);
    expect(cued).toEqual([false, false, false, true, false, true]);
    // The same sentences in another article object (a claim's reading builds none, but a run may): the list found before.
    expect(retractionCued({ language: "en", sentences: spans })).toBe(cued);
    // The correction speaks of the death, not of the albums: one article, two claims, two stances.
    const claim = (k: number) => ({ debunk: false, negated: false, statements: [spans[k] as never] });
    expect(readStance(article, claim(0)).stance).toBe("false");
    expect(readStance(article, claim(1)).stance).toBe("true");
  });
  it("are read in the language asked, not the one read first of the same sentences", () => {
    const spans = sentenceSpans(["Una versión anterior de este artículo informaba que Orla Penhallow había muerto en Cardiff."]);
    expect(retractionCued({ language: "en", sentences: spans })).toEqual([false]);
    expect(retractionCued({ language: "es", sentences: spans })).toEqual([true]);
  });
});
