// "Cet article a été publié initialement sur X." (the participle before the adverb) was not read as a syndication credit:
// French writes both orders, the frame and the credit line read only "initialement publié", and the republished copy was
// charged as an uncredited copy. Own invented stories and outlets.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { readPlain } from "../extract/helpers.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const STORY =
  "La commune de Port-Brume va interdire les trottinettes électriques sur sa promenade dès le mois de juillet, selon des sources proches de la mairie. Le projet serait discuté depuis plusieurs semaines au sein du conseil municipal.\n\n" +
  "Les loueurs de trottinettes craignent de perdre la moitié de leurs clients.";

describe("a French syndication credit in either word order", () => {
  it.each([
    "Cet article a été publié initialement sur La Vigie de l'Estuaire.",
    "Cet article a été publié pour la première fois sur La Vigie de l'Estuaire.",
    "Cet article a été initialement publié sur La Vigie de l'Estuaire.",
  ])("%j credits the outlet of record", (credit) => {
    const r = readPlain(`${STORY}\n\n${credit}`, "fr", "Écho du Littoral");
    expect(r.syndication.map((s) => s.outletName)).toEqual(["La Vigie de l'Estuaire"]);
  });

  it("makes the copy a credited republication, not an uncredited copy", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "vigie.txt": frontMatterArticle("fr", "La Vigie de l'Estuaire", "2025-04-02", "Trottinettes", STORY),
        "echo.txt": frontMatterArticle("fr", "Écho du Littoral", "", "Trottinettes", `${STORY}\n\nCet article a été publié initialement sur La Vigie de l'Estuaire.`).replace("published: \n", ""),
      }),
    );
    const types = graph.getAttribute("findings").map((f) => f.type);
    expect(types).toContain("syndication");
    expect(types).not.toContain("uncredited_copy");
    expect(graph.filterEdges((_, a) => a.kind === "republishes").length).toBe(1);
  });
});
