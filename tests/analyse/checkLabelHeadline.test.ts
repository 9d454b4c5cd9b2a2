/**
 * A fact-check whose headline opens with its label ("Checamos: …", "Faktencheck: …") and whose lead retells the post
 * it checks without a verdict word of its own was read as presenting the post's story as true. The label marks the
 * article a check, as "fact-check" does in English: a headline cue (invented texts, invented names).
 */
import { describe, expect, it } from "vitest";
import { readStance } from "../../src/analyse/stance.ts";
import { stanceArticle } from "./stanceArticle.ts";

describe("a check's label opening its headline", () => {
  it.each([
    ["pt", "Checamos: xarope Tossilan não causa queda de cabelo", "O xarope Tossilan causa queda de cabelo, dizem publicações compartilhadas desde março.", "Tossilan não causa queda de cabelo"],
    ["de", "Faktencheck: Tossilan-Sirup lässt keine Haare ausfallen", "Der Sirup Tossilan lässt die Haare ausfallen, heißt es in Beiträgen, die seit März geteilt werden.", "Der Sirup Tossilan lässt die Haare ausfallen"],
  ])("reports the story its lead retells false (%s)", (language, title, lead, wording) => {
    const a = stanceArticle([lead, "Ein Arzt aus Valdora hat die Inhaltsstoffe geprüft."], { title, language });
    expect(readStance(a, { statements: [a.sentences[0]!], debunk: false, negated: false, wording })).toMatchObject({ stance: "false" });
  });

  it("is only a label where a colon follows it: a verb elsewhere is no verdict", () => {
    const a = stanceArticle(["O xarope Tossilan causa queda de cabelo, afirma um médico de Valdora.", "Nós checamos a bula do xarope ontem."], { title: "Tossilan e o cabelo", language: "pt" });
    expect(readStance(a, { statements: [a.sentences[0]!], debunk: false, negated: false, wording: "O xarope Tossilan causa queda de cabelo" }).stance).not.toBe("false");
  });
});
