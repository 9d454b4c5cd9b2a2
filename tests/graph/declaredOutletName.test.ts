// Two articles of one agency named in two scripts ("Франс Пресс", "AFP"): one outlet node, under the registry's own name
// when an article gives it, and each article shown under the name it declares. Own invented copy.
import { describe, expect, it } from "vitest";
import type { ArticleNodeAttrs } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (outlet: string, date: string, language: string, body: string) => `---\noutlet: ${outlet}\npublished: ${date}\nlanguage: ${language}\n---\n${body}\n`;

describe("an agency its articles name in two scripts", () => {
  it("keeps each article's declared name and the registry's name on the shared node", async () => {
    const root = await makeCase({
      "a.txt": article("Франс Пресс", "2026-09-02", "ru", "Паромная компания Тальвик отменила все рейсы на острова до конца недели из-за шторма."),
      "b.txt": article("AFP", "2026-09-02", "en", "The Talvik ferry company cancelled all sailings to the islands until the end of the week because of the storm."),
    });
    const { graph } = await analyseCaseFolder(root);
    const node = (id: string) => graph.getNodeAttributes(id) as ArticleNodeAttrs;
    const shown = (id: string) => node(id).outletName;
    expect([node("a").outlet, node("b").outlet]).toEqual(["outlet:afp", "outlet:afp"]);
    expect(graph.getNodeAttribute("outlet:afp", "label")).toBe("AFP");
    expect([shown("a"), shown("b")]).toEqual(["Франс Пресс", "AFP"]);
  });
});
