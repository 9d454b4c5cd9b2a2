// A false death report told plainly by one outlet ("Conductor … has died") and denied by others ("… has not died, his
// family says") was grouped into one denial claim, and the plain telling was read as only mentioning it
// (stance.debunk_claim_plain): the outlet that ran the story as news was not on the story's "presented as true" side.
// A statement that tells what the other articles' statements of the denial negate ("è morto" where they write "non è
// morto"), in an article that calls nothing false, presents the denied story as true (stance.tells_denied).
import { describe, expect, it } from "vitest";
import { contentStem } from "../../src/analyse/claims/label.ts";
import { negatedWords, readStance } from "../../src/analyse/stance.ts";
import { stanceArticle } from "./stanceArticle.ts";
import type { ClaimNodeAttrs } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { assertsEdges, frontMatterArticle, makeCase } from "../helpers.ts";

const article = (sentences: string[], title: string, language: string) => stanceArticle(sentences, { title, language });

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

  it("puts the outlet that ran the story on the story's side, and the denials on theirs (\"…, denying the report\")", async () => {
    const files = {
      "a.txt": frontMatterArticle("en", "Ostwick Evening Post", "2024-03-05", "Conductor Harald Brennecke has died at 84", "The conductor Harald Brennecke has died at 84 in his home in Ostwick. He led the Ostwick Philharmonic for thirty years and recorded all of the symphonies of Sibelius."),
      "b.txt": frontMatterArticle("en", "Northfield Gazette", "2024-03-05", "Harald Brennecke has not died, his family denies the report", 'The conductor Harald Brennecke has not died, his family said on Tuesday, denying a report that spread in the morning. "He is at home and well," his son Jonas Brennecke said.'),
      "c.txt": frontMatterArticle("en", "Westbrook Herald", "2024-03-05", "Family denies report: Harald Brennecke has not died", "The family of the conductor Harald Brennecke denied the report of his death. Harald Brennecke has not died and is at home, his son Jonas Brennecke said."),
      "d.txt": frontMatterArticle("en", "Lakeside Times", "2024-03-05", "Harald Brennecke alive: the family denies his death", "Harald Brennecke has not died at 84, his family said, denying the report of the conductor's death. The false report spread on social media on Tuesday morning."),
    };
    const { graph } = await analyseCaseFolder(await makeCase(files));
    const denial = graph.findNode((_n, a) => a.kind === "claim" && (a as ClaimNodeAttrs).denial === true && (a as ClaimNodeAttrs).text.includes("not died at 84"));
    expect(denial).toBeDefined();
    const sideOf = (article: string) => assertsEdges(graph, article, denial!).map((a) => [a.stance, a.rule]);
    // On the denial as worded: the outlet that ran the death reports the denial false; the three denials state it.
    expect(sideOf("a")).toEqual([["false", "stance.tells_denied"]]);
    for (const article of ["b", "c", "d"]) expect(sideOf(article).map(([stance]) => stance)).toEqual(["true"]);
  });
});
