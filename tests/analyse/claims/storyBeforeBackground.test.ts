/**
 * A background line every article copied word for word ("The bridge was built in 1932 …") and the story each article
 * tells in its own words, naming the same people and figures, are carried by as many articles: the background came
 * first by its key's spelling, and the report opened on it as the story's claim. The claim more articles tell in their
 * own words comes first (invented texts).
 */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../../src/pipeline.ts";
import { buildReport } from "../../../src/export/report.ts";
import type { ClaimNodeAttrs } from "../../../src/graph/types.ts";
import { frontMatterArticle, makeCase } from "../../helpers.ts";

const BACKGROUND = "The Kestrel Bridge was built in 1932 and is the oldest crossing of the Talbridge harbour.";

describe("claims of as many articles", () => {
  it("put first the one the articles tell in their own words", async () => {
    const root = await makeCase({
      "a.txt": frontMatterArticle("en", "Daily Courier", "2026-03-01", "Kestrel Bridge to shut", `The Kestrel Bridge will shut for 18 months from March, Mayor Anna Lind said on Monday.\n\n${BACKGROUND}\n\nDrivers will use the ring road.`),
      "b.txt": frontMatterArticle("en", "Harbour Post", "2026-03-02", "Bridge closure", `Mayor Anna Lind announced that the Kestrel Bridge is to be closed for 18 months starting in March.\n\n${BACKGROUND}\n\nShops fear for their trade.`),
      "c.txt": frontMatterArticle("en", "Valley Times", "2026-03-02", "Talbridge loses its bridge", `Talbridge will lose the Kestrel Bridge for 18 months, according to Mayor Anna Lind.\n\n${BACKGROUND}\n\nA ferry may run instead.`),
      "d.txt": frontMatterArticle("en", "Metro Buzz", "2026-03-03", "18 months without the bridge", `${BACKGROUND}\n\nThe Kestrel Bridge closes in March for 18 months, the mayor Anna Lind confirmed.\n\nCommuters are angry.`),
    });
    const { graph } = await analyseCaseFolder(root);
    const claims = graph.nodes().map((k) => graph.getNodeAttributes(k) as ClaimNodeAttrs).filter((a) => a.kind === "claim" && a.main);
    expect(claims.map((c) => c.articles.length)).toEqual([4, 4]);
    expect(claims[0]?.label).toMatch(/18 months/u);
    expect(buildReport(graph).claims[0]?.label).toMatch(/18 months/u);
  });
});
