// A fact check that prints a distorted quotation to call it a distortion credits no one on purpose: it reports the
// words as false, it does not pass them on. claimtrail told a probe case that the fact check "credits no one" while the
// wire credited the scientist, an attribution drift charged to the one article that set the record straight.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const driftOf = async (files: Record<string, string>) => {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  return graph.getAttribute("findings").filter((f) => f.type === "attribution_drift" && f.id.startsWith("attribution_drift:quote"));
};

describe("a distorted quotation a fact check prints to call it false", () => {
  const twisted = "The new vaccine is completely safe for every child and nobody needs to wait for more trials";
  it("is no drift of who said it (en)", async () => {
    const found = await driftOf({
      "wire.txt": frontMatterArticle("en", "Pulse Wire", "2025-06-02", "Vaccine safe, says doctor", `A new vaccine was tested in Lowmarsh.\n\n"${twisted}," said paediatrician Dr Ines Caddow.`),
      "check.txt": frontMatterArticle("en", "Record Straight", "2025-06-05", "No, she did not say that", `The quote shared online, "${twisted}", is a fabrication.\n\nThe hospital's statement quotes Dr Ines Caddow as calling the early results encouraging.`),
    });
    expect(found).toEqual([]);
  });

  it("is no drift of who said it (fr)", async () => {
    const twistedFr = "Le nouveau vaccin est totalement sûr pour tous les enfants et personne ne doit attendre d'autres essais";
    const found = await driftOf({
      "fil.txt": frontMatterArticle("fr", "Fil Santé", "2025-06-02", "Vaccin sûr, selon une pédiatre", `Un nouveau vaccin a été testé à Basmarais.\n\n« ${twistedFr} », a déclaré la pédiatre Ines Caddow.`),
      "verif.txt": frontMatterArticle("fr", "Vérif Net", "2025-06-05", "Non, elle n'a pas dit cela", `La citation partagée en ligne, « ${twistedFr} », est fausse.\n\nLe communiqué de l'hôpital cite Ines Caddow, qui juge les premiers résultats encourageants.`),
    });
    expect(found).toEqual([]);
  });

  it("is still drift where an article passes the words on with no speaker", async () => {
    const found = await driftOf({
      "wire.txt": frontMatterArticle("en", "Pulse Wire", "2025-06-02", "Vaccine safe, says doctor", `A new vaccine was tested in Lowmarsh.\n\n"${twisted}," said paediatrician Dr Ines Caddow.`),
      "blog.txt": frontMatterArticle("en", "Parent Talk", "2025-06-04", "Good news for parents", `Parents can relax this summer.\n\nMany parents shared the words "${twisted}" this week.`),
    });
    expect(found.map((f) => [...f.articles].sort())).toEqual([["blog", "wire"]]);
  });
});
