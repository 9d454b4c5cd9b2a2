/**
 * A German debunk that says the message carrying a story is forged ("Warnung vor X ist gefälscht", "… ist eine
 * Fälschung") was a plain debunk claim, presented as true by the articles that make it, and eval scored them as
 * presenting the story as true. The message is what tells the story: calling it forged says the story was made up,
 * and the claim is a denial of it (German `fabrication`). Invented texts, invented names.
 */
import { describe, expect, it } from "vitest";
import { isDenialClaim } from "../../src/analyse/stance.ts";
import { scoreClaims } from "../../src/eval/claims.ts";
import { TruthSchema } from "../../src/eval/truth.ts";
import type { ClaimNodeAttrs, SerializedProvenanceGraph } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

describe("a message said to be forged", () => {
  it.each([
    "Talheim: Warnung vor vergiftetem Leitungswasser ist gefälscht",
    "Die Warnung vor vergiftetem Leitungswasser in Talheim ist eine Fälschung.",
    "Der Kettenbrief über vergiftetes Leitungswasser ist offenbar ein Fake.",
    "Die Bombenwarnung am Talheimer Freibad war ein Hoax.",
  ])("is a denial: %s", (wording) => {
    expect(isDenialClaim(wording, "de")).toBe(true);
  });

  it.each([
    // Whether it is forged, asked; a forger's deed; a message said not to be forged; a forged thing that tells no story.
    "Die Stadt prüft, ob die Warnung vor vergiftetem Leitungswasser gefälscht ist.",
    "Die Warnung vor vergiftetem Leitungswasser ist nicht gefälscht, sagen die Stadtwerke.",
    "Der Pass des Verdächtigen ist gefälscht.",
    "Die Warnung vor Glatteis gilt bis Montag.",
  ])("is no denial: %s", (wording) => {
    expect(isDenialClaim(wording, "de")).toBe(false);
  });
});

const de = (outlet: string, published: string, title: string, body: string) => frontMatterArticle("de", outlet, published, title, body);

// Where the claim's representative is a headline (start -1), the body's source spans were shifted onto it as if it were
// body text: one that fell on "Warnung … gefälscht" hid the denial, as words in a source's mouth.
describe("a story every article calls a forged warning", () => {
  it("the headline they share is a denial, and eval scores it against the story it denies", async () => {
    const files = {
      "kurier.txt": de("Talheimer Kurier", "2026-05-02", "Warnung vor vergiftetem Leitungswasser in Talheim ist gefälscht", "Eine Nachricht über das Leitungswasser wird seit Montag in Talheim geteilt. Die Stadtwerke sagen, das Wasser sei sauber."),
      "bote.txt": de("Ulmenbote", "2026-05-03", "Talheim: Warnung vor vergiftetem Leitungswasser ist gefälscht", "Die Stadtwerke kennen die Nachricht seit Montag. Ein Sprecher sagt, das Wasser werde jeden Tag geprüft."),
    };
    const { graph } = await analyseCaseFolder(await makeCase(files));
    const claims = graph.filterNodes((_k, a) => a.kind === "claim").map((k) => graph.getNodeAttributes(k) as ClaimNodeAttrs);
    const forged = claims.find((c) => c.articles.length === 2 && /gefälscht/.test(c.label));
    expect(forged, claims.map((c) => c.label).join(" | ")).toBeDefined();
    expect(forged?.denial, JSON.stringify(forged)).toBe(true);
    const truth = TruthSchema.parse({ claims: [{ id: "c1", text: "The tap water in Talheim is poisoned.", presented_as_true_by: [], reported_as_false_or_doubted_by: ["kurier", "bote"] }] });
    expect(scoreClaims(graph.export() as unknown as SerializedProvenanceGraph, truth)).toMatchObject({ stanceRight: 2, stanceTotal: 2 });
  });
});
