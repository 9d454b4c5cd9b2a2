// French credits a broadcaster or a journalist's paper in forms the frames did not read, so the citations of a real
// French story were all missed: "avoue-t-il au micro de Radio X", "a annoncé sur la BBC que …", "révèle Jean Morel dans
// Le Monde daté de jeudi". A standfirst whose last full stop the page dropped was taken for the headline, and the
// citation in it was lost. Own invented sentences and outlets (BBC, TF1, Le Monde from the registry).
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const LEAD = "Le conseil municipal de Port-Brume s'est réuni mardi soir pour voter le budget de l'année prochaine.";

async function cited(sentence: string, lead = LEAD): Promise<string[]> {
  const { graph } = await analyseCaseFolder(
    await makeCase({ "a.txt": frontMatterArticle("fr", "Le Phare de Brume", "2024-05-04", "Le budget voté", `${lead} ${sentence}`) }),
  );
  return graph.filterEdges((_, a) => a.kind === "cites").map((e) => String(graph.getNodeAttribute(graph.target(e), "label")));
}

describe("French credits to a broadcaster or a journalist's paper", () => {
  it.each([
    ["Le maire l'a avoué au micro de TF1.", "TF1"],
    ["« C'est faux », avoue-t-il au micro de Radio Littoral.", "Radio Littoral"],
    ["Paul Ferrand a annoncé sur la BBC que le maire était prêt à produire des documents.", "BBC"],
    ["Il a été embauché par la mairie, révèle Olivier Faye dans Le Monde daté de jeudi 24 octobre.", "Le Monde"],
    ["Le maire a menti, écrit le journaliste Marc Olin dans le quotidien Courrier du Val.", "Courrier du Val"],
  ])("%j cites %s", async (sentence, outlet) => {
    expect(await cited(sentence)).toEqual([outlet]);
  });

  it.each([
    "Le maire l'a avoué au micro de Jean Dupont.",
    "Le maire l'a avoué au micro de notre journaliste.",
    "Il a déclaré sur Paris que tout allait bien.",
    "Le maire a menti, écrit Marc Olin dans Paris.",
  ])("%j cites no outlet", async (sentence) => {
    expect(await cited(sentence)).toEqual([]);
  });

  it("reads a standfirst whose last full stop was dropped", async () => {
    const standfirst = "Depuis mars, l'adjoint a fait de cette affaire son obsession. Le Monde révèle comment le maire riposte avec des détectives privés et un procès à Paris";
    expect(await cited("Le maire n'a pas répondu.", `${standfirst}\n\n${LEAD}`)).toEqual(["Le Monde"]);
  });
});
