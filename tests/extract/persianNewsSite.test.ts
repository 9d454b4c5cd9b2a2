// Persian names a site "سایت خبری X" ("the news site X"): "خبری" (news) belongs to the noun, not to the name, so the
// article's own credit "به گزارش سایت خبری X" is no citation of an outlet "خبری X". Own invented stories.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const BODY = "به گزارش سایت خبری کوهسار، روابط عمومی شهرداری شهر نوآباد اعلام کرد که خبر تعطیلی بازار جعلی است.";

async function cited(outlet: string): Promise<string[]> {
  const { graph } = await analyseCaseFolder(await makeCase({ "a.txt": frontMatterArticle("fa", outlet, "2021-05-02", "تکذیب", BODY) }));
  return graph.filterEdges((_, a) => a.kind === "cites").map((e) => graph.target(e));
}

describe("سایت خبری X", () => {
  it("takes no 'news' word into the name of the article's own site", async () => {
    expect(await cited("کوهسار")).toEqual([]);
  });

  it("cites another site by its name alone", async () => {
    expect(await cited("گلستان")).toEqual(["outlet:کوهسار"]);
  });
});
