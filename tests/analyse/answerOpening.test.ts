/**
 * A fact-check's answer opening its headline ("No, …", "Non, …", "Não, …", "Όχι, …") calls the story false and negates
 * what follows: a claim worded as such a headline is the denial of the story, and an article stating it reports the
 * story false. Invented texts, invented names.
 */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { debunkCues, isDebunkClaim, isDenialClaim } from "../../src/analyse/stance.ts";
import { scoreClaims } from "../../src/eval/claims.ts";
import { TruthSchema } from "../../src/eval/truth.ts";
import type { ClaimNodeAttrs, SerializedProvenanceGraph } from "../../src/graph/types.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

describe("the answer word opening a headline is a verdict", () => {
  it.each([
    ["fr", "Non, le maire de Harlow n'est pas mort dans un accident de bateau"],
    ["fr", "Ville de Harlow : non, le maire n'est pas mort dans un accident de bateau"],
    ["de", "Nein, der Bürgermeister von Harlow ist nicht bei einem Bootsunfall gestorben"],
    ["it", "No, il sindaco di Harlow non è morto in un incidente in barca"],
    ["es", "No, el alcalde de Harlow no murió en un accidente de barco"],
    ["pt", "Não, o prefeito de Harlow não morreu num acidente de barco"],
    ["el", "Όχι, ο δήμαρχος του Χάρλοου δεν πέθανε σε ναυτικό ατύχημα"],
    ["nl", "Nee, de burgemeester van Harlow is niet omgekomen bij een bootongeluk"],
  ])("%s: %s is a denial of the story", (language, headline) => {
    const statement = { text: headline, language };
    expect(debunkCues(headline, language).length).toBeGreaterThan(0);
    expect(isDenialClaim(headline, language, [], { debunk: isDebunkClaim([statement], statement) })).toBe(true);
  });
  it.each([
    // Inside a sentence the same word is no answer.
    ["fr", "Le conseil de Harlow votera le budget, qu'il pleuve ou non, lundi prochain."],
    ["it", "Il consiglio di Harlow voterà il bilancio, che piova o no, lunedì prossimo."],
    ["es", "El consejo de Harlow votará el presupuesto, llueva o no, el lunes."],
    ["pt", "O conselho de Harlow vota o orçamento, chova ou não, na segunda-feira."],
  ])("control %s: %s", (language, sentence) => {
    expect(debunkCues(sentence, language)).toEqual([]);
  });
});

const fr = (outlet: string, published: string, title: string, body: string) => frontMatterArticle("fr", outlet, published, title, body);

describe("a story two French fact-checks answer 'Non, …'", () => {
  it("the headline they share is a denial, and both report the story false", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "verif.txt": fr(
          "Le Vérificateur",
          "2026-06-02",
          "Non, le maire de Harlow Paul Verne n'est pas mort dans un accident de bateau",
          "Depuis dimanche, des messages affirment que Paul Verne, maire de Harlow, serait mort sur le lac. La mairie a publié une photo du maire à son bureau lundi matin.\n\nLe maire a présidé le conseil municipal lundi soir.",
        ),
        "echo.txt": fr(
          "L'Écho du Lac",
          "2026-06-03",
          "Pourquoi le maire de Harlow n'est pas mort dans un accident de bateau",
          "Paul Verne a repris ses rendez-vous lundi. Les messages publiés dimanche évoquaient un naufrage sur le lac.\n\nLa gendarmerie n'a reçu aucun appel ce jour-là.",
        ),
      }),
    );
    const claims = graph.filterNodes((_k, a) => a.kind === "claim").map((k) => ({ key: k, ...(graph.getNodeAttributes(k) as ClaimNodeAttrs) }));
    const denial = claims.find((c) => c.label.startsWith("Non, le maire de Harlow Paul Verne"));
    expect(denial?.denial).toBe(true);
    expect(denial?.articles.sort()).toEqual(["echo", "verif"]);
    // Both state it: the one answering "Non" and the one that negates in words of its own.
    expect(denial?.presentedAsTrue?.sort()).toEqual(["echo", "verif"]);
    const truth = TruthSchema.parse({ claims: [{ id: "c1", text: "Paul Verne, mayor of Harlow, died in a boating accident.", presented_as_true_by: [], reported_as_false_or_doubted_by: ["verif", "echo"] }] });
    expect(scoreClaims(graph.export() as unknown as SerializedProvenanceGraph, truth)).toMatchObject({ stanceRight: 2, stanceTotal: 2 });
  });
});
