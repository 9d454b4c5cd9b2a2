// A false death report told plainly by one outlet ("Conductor … has died") and denied by others ("… has not died, his
// family says") was grouped into one denial claim, and the plain telling was read as only mentioning it
// (stance.debunk_claim_plain): the outlet that ran the story as news was not on the story's "presented as true" side.
// A statement that tells what the other articles' statements of the denial negate ("è morto" where they write "non è
// morto"), in an article that calls nothing false, presents the denied story as true (stance.tells_denied).
import { describe, expect, it } from "vitest";
import { contentStem } from "../../src/analyse/claims/label.ts";
import { negatedWords, readStance, type StanceArticle } from "../../src/analyse/stance.ts";

/** One article of the given sentences, laid out one after another. */
function article(sentences: string[], title: string, language: string): StanceArticle {
  let offset = 0;
  return {
    language,
    title,
    sentences: sentences.map((text) => {
      const span = { start: offset, end: offset + text.length, text };
      offset += text.length + 1;
      return span;
    }),
  };
}

const DENIAL = "Harald Brennecke has not died, says his family";

describe("a denial claim told plainly", () => {
  it.each([
    ["en", "The conductor Harald Brennecke has died at 84 in Ostwick.", ["died"], "The report is false."],
    ["it", "È morto a 84 anni il direttore d'orchestra Harald Brennecke.", ["morto"], "La notizia è falsa."],
  ])("presents the denied story as true where other articles negate its words (%s)", (language, told, negated, verdict) => {
    const a = article([told, "He led the Ostwick orchestra for thirty years."], "Harald Brennecke", language);
    const claim = { statements: [a.sentences[0]!], debunk: true, negated: false, wording: DENIAL, denied: new Set(negated.map(contentStem)) };
    expect(readStance(a, claim)).toMatchObject({ stance: "false", rule: "stance.tells_denied" });
    // Without words the others negate, or in an article that calls something false, it only mentions the denial.
    expect(readStance(a, { ...claim, denied: new Set(["orchestra-less"]) }).stance).toBe("mentions");
    const debunk = article([told, verdict], "Harald Brennecke", language);
    expect(readStance(debunk, { ...claim, statements: [debunk.sentences[0]!] }).rule).not.toBe("stance.tells_denied");
  });

  it.each([
    ["en", "Harald Brennecke has not died, his family says.", "died"],
    ["it", "Harald Brennecke non è morto: la famiglia smentisce.", "morto"],
    ["de", "Harald Brennecke ist nicht gestorben, sagt seine Familie.", "gestorben"],
  ])("reads what a denial's statement negates (%s)", (language, denial, word) => {
    expect(negatedWords(denial, language)).toContain(contentStem(word));
    expect(negatedWords("Harald Brennecke led the orchestra.", "en")).toEqual([]);
  });
});
