// Citations a probe of real stories found unread, each in a sentence of our own with invented outlets: an Arabic outlet
// noun that carries the preposition ("وفقًا لجريدة «X»"; the quoted name was blanked as a quotation), a Russian title
// opened with the closing mark ("Как пишет ”X”"), Indonesian "dikutip X dari …", a German paper's "BERLIN dpa |"
// dateline (also under a standfirst and a caption), and an English time between an outlet and its verb ("X this month published").
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

async function edges(language: string, body: string): Promise<string[]> {
  const { graph } = await analyseCaseFolder(await makeCase({ "a.txt": frontMatterArticle(language, "Test Daily", "2024-05-04", "Title", body) }));
  return graph.filterEdges((_, a) => a.kind === "cites" || a.kind === "republishes").map((e) => `${graph.getEdgeAttribute(e, "kind")} ${String(graph.getNodeAttribute(graph.target(e), "label"))}`);
}

describe("citation forms read since probe 28", () => {
  it.each([
    ["ar", "تؤدي اللعبة إلى وفاة 130 شخصًا خلال الأشهر الستة الماضية، وفقًا لجريدة «النجمة» البريطانية.", "cites النجمة"],
    ["ar", "وقبضت السلطات على شاب، وفقًا لموقع «الأفق نيوز».", "cites الأفق نيوز"],
    ["ru", "Как пишет ”Волна.ру” со ссылкой на официальную статистику, в 2013 году было 461 случай.", "cites волна.ру"],
    ["id", "\"Saya bohong pada anak,\" kata Budi Harsono dikutip KabarJatim.com dari podcast Dedi Santoso pada Senin.", "cites kabarjatim.com"],
    ["de", "BERLIN dpa | Der rätselhafte Fall des verschwundenen Jungen in Lindenau ist aufgeklärt, wie ein Sprecher sagte.", "republishes dpa"],
    ["de", "Die Aufregung über den verschwundenen Jungen war groß. Dabei hatte er nur Sorgen wegen der Schule.\n\nDemonstranten vor dem Rathaus\n\nDemo vor dem Rathaus in Lindenau. Foto: dpa\n\nLINDENAU dpa | Der rätselhafte Fall des verschwundenen Jungen ist aufgeklärt, wie ein Sprecher sagte.", "republishes dpa"],
    ["en", "British tabloid The Evening Lantern this month published two stories about a suicide game.", "cites Evening Lantern"],
  ])("%s: %j", async (language, body, edge) => {
    expect(await edges(language, body)).toEqual([edge]);
  });

  it.each([
    ["id", "\"Saya bohong pada anak,\" kata Budi Harsono dikutip Dedi Santoso dari podcast pada Senin."],
    ["de", "LINDENAU Sport | Der rätselhafte Fall des verschwundenen Jungen in Lindenau ist aufgeklärt."],
    ["en", "Mayor John Smith last week wrote that the game was real."],
  ])("not %s: %j", async (language, body) => {
    expect(await edges(language, body)).toEqual([]);
  });
});
