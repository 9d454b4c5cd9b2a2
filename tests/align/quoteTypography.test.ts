// A quotation printed again with other typography only — nested quotation marks (« » for ' '), the apostrophe's form,
// a capital printed without its accent ("l'Etat" / "l'État") — is the same wording, no altered quotation; a word
// changed still is. Invented texts.
import { describe, expect, it } from "vitest";
import { capitalAccentsFolded } from "../../src/align/folding.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

async function findingTypes(original: string, quoted: string): Promise<string[]> {
  const root = await makeCase({
    // Undated, as the page it stands for: which printing came first is not known.
    "a.txt": `---\noutlet: Le Courrier du Val\nlanguage: fr\n---\n${original}.\n`,
    "b.txt": frontMatterArticle("fr", "Info Sahel", "2026-10-24", "L'affaire", `"${quoted}", écrit le journaliste Marc Olin dans Le Courrier du Val.`),
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.getAttribute("findings").map((f) => f.type);
}

const ORIGINAL = "Depuis quelques mois, les enquêteurs de Paul Varenne travaillent sur « l’affaire Dumont », cette fausse nouvelle qui vise l’épouse du chef de l’Etat et qui a 80 ans de retard";

describe("typography is not wording", () => {
  it("reads nested marks, apostrophes and an unaccented capital as the same words", async () => {
    const types = await findingTypes(ORIGINAL, "Depuis quelques mois, les enquêteurs de Paul Varenne travaillent sur 'l'affaire Dumont', cette fausse nouvelle qui vise l'épouse du chef de l'État et qui a 80 ans de retard");
    expect(types).not.toContain("altered_quote");
  });
  it("still finds a word changed (control)", async () => {
    const types = await findingTypes(ORIGINAL, "Depuis quelques mois, les enquêteurs de Paul Varenne travaillent sur 'l'affaire Dumont', cette fausse nouvelle qui cible l'épouse du chef de l'État et qui a 80 ans de retard");
    expect(types).toContain("altered_quote");
  });
  it("folds the accent of a capital only", () => {
    expect(capitalAccentsFolded("État")).toBe("Etat");
    expect(capitalAccentsFolded("E\u0301tat")).toBe("Etat");
    expect(capitalAccentsFolded("où")).toBe("où");
  });
});
