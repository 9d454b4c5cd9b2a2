/**
 * A hedge in an editor's bracketed insertion ("[the original has apparently been deleted since, ed.]") qualifies the
 * insertion's own words, not the sentence it is set into (invented texts, invented names).
 */
import { describe, expect, it } from "vitest";
import { readStance } from "../../src/analyse/stance.ts";
import { stanceArticle } from "./stanceArticle.ts";

function read(language: string, sentence: string) {
  const article = stanceArticle([sentence, "Die Feuerwehr von Harlow war am Abend im Einsatz."], { language });
  const statement = article.spans[0]!;
  return readStance(article, { statements: [statement], debunk: false, negated: false, wording: sentence });
}

describe("a bracketed insertion's hedge", () => {
  it.each([
    ["de", "Der Harlower Bote berichtete über einen Brand in der Mühle [die Meldung wurde offenbar später zurückgezogen, Anm. d. Red.], der die halbe Altstadt bedrohte."],
    ["en", "The Harlow Courier reported a fire at the mill [the article has reportedly been deleted since, ed.] that threatened the old town."],
  ])("%s: does not hedge the sentence it is set into: %s", (language, sentence) => {
    expect(read(language, sentence).rule).not.toBe("stance.hedged");
  });
  it.each([
    ["de", "Der Harlower Bote berichtete, in der Mühle habe es offenbar einen Brand gegeben, der die halbe Altstadt bedrohte."],
    ["en", "The Harlow Courier reported that a fire has reportedly broken out at the mill [in Harlow]."],
  ])("control %s: a hedge of the sentence's own still hedges it: %s", (language, sentence) => {
    expect(read(language, sentence).rule).toBe("stance.hedged");
  });
});
