// French credits a report to the outlet that gave it first with "une information de/du X" ("confirmant une information
// du Monde"); a person's name there is no outlet. Own invented stories.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

async function cited(body: string): Promise<string[]> {
  const { graph } = await analyseCaseFolder(await makeCase({ "a.txt": frontMatterArticle("fr", "Gazette des Monts", "2019-10-11", "Arrestation", body) }));
  return graph.filterEdges((_, a) => a.kind === "cites").map((e) => graph.target(e));
}

describe("une information de/du X", () => {
  it("cites the outlet the registry knows, through a contracted article", async () => {
    expect(await cited("Le fugitif a été arrêté vendredi à l'aéroport de Val-Clair, a annoncé une source proche de l'enquête, confirmant une information du Monde.")).toEqual(["outlet:le-monde"]);
  });

  it("cites an unknown outlet after its publication noun, before a participle", async () => {
    expect(await cited("Des doutes sont apparus vendredi, une information de la radio Onde du Lac confirmée par une source proche du dossier.")).toEqual(["outlet:onde-du-lac"]);
  });

  it("does not make an outlet of a person", async () => {
    expect(await cited("Des doutes sont apparus vendredi, une information de Pierre Morel confirmée par une source proche du dossier.")).toEqual([]);
  });
});
