// An article that prints a quotation word for word, and beside it tells the same thing in its own words with a phrase
// of it in marks, does not alter the quotation: its readers see it whole. Own invented stories.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const article = frontMatterArticle;

async function altered(language: string, first: string, second: string): Promise<string[][]> {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "a.txt": article(language, "Gazette des Monts", "2019-10-12", "Excuses", first),
      "b.txt": article(language, "Matin Express", "2019-10-13", "Excuses", second),
    }),
  );
  return graph.getAttribute("findings").filter((f) => f.type === "altered_quote").map((f) => f.articles);
}

const WHOLE = "Le quotidien a présenté «ses excuses à la famille des victimes et à celle de la personne interpellée à tort», a indiqué dans un communiqué Paul Morel, directeur des rédactions.";

describe("a quotation another article prints whole", () => {
  it("is not altered by that article's own telling with a phrase of it in marks (fr)", async () => {
    const first = `Après avoir annoncé l'arrestation du fugitif, Le Courrier du Lac a présenté samedi ses excuses.\n\n${WHOLE}`;
    const second = `Premier à avoir annoncé l'arrestation, le Courrier du Lac a présenté ses excuses à «la famille des victimes» et à la personne interpellée à tort.\n\n${WHOLE}`;
    expect(await altered("fr", first, second)).toEqual([]);
  });

  it("an article that only prints the changed telling still alters it (fr)", async () => {
    const first = `Après avoir annoncé l'arrestation du fugitif, Le Courrier du Lac a présenté samedi ses excuses.\n\n${WHOLE}`;
    const second = "Premier à avoir annoncé l'arrestation, le Courrier du Lac a présenté «ses excuses à la famille des victimes et à la personne interpellée à tort», a indiqué Paul Morel.";
    expect(await altered("fr", first, second)).not.toEqual([]);
  });
});
