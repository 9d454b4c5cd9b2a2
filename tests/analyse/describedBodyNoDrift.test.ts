// The same quoted words credited to "polícia" (the police) in one Slovak article and to "policajti" (the cops) in
// another were stated as attribution drift, though neither credit names anyone: a body told by a common noun alone may
// be one body under two words, as an unnamed source's description may be one person. A credit by name still drifts.
// Own invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const WORDS = "Nikoho z trhoviska neuniesli a správa, ktorá sa šíri v telefónoch, nemá nijaký základ";

async function drift(first: string, second: string) {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "a.txt": frontMatterArticle("sk", "Orchard Times", "2022-05-02", "Market rumour", `Správa o únose sa v nedeľu šírila v meste Telov. „${WORDS},“ ${first}.\n\nŠkoly zostali otvorené.`),
      "b.txt": frontMatterArticle("sk", "Brookside Echo", "2022-05-03", "Rumour denied", `Rodičov v Telove vystrašila hlasová správa. „${WORDS},“ ${second}.\n\nSpráva sa stále šíri.`),
    }),
  );
  return graph.getAttribute("findings").filter((f) => f.type === "attribution_drift");
}

describe("attribution drift between bodies told by a common noun", () => {
  it("is not stated", async () => {
    expect(await drift("uviedla polícia", "dodávajú policajti")).toEqual([]);
  });

  it("is still stated where one credit names a speaker", async () => {
    expect((await drift("uviedla polícia", "dodáva hovorca Jano Kubík")).map((f) => f.articles.sort())).toEqual([["a", "b"]]);
  });
});
