// A syndication credit ("This story first appeared in X", "— X") says the text is X's story, not that every report of X
// in the case came before it: the credit orders the credited text after the one article of X whose story it runs (the
// two share the report's words), never after another article of X on another matter. Own invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const STORY =
  "The ferry company of the Orrin islands will double its winter crossings from December, after a petition signed by four thousand residents.\n\n" +
  "The company said two older boats would be refitted over the summer and that the new timetable would be published in October.";

async function orderedAfter(credit: string): Promise<string[]> {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "wire-ferry.txt": frontMatterArticle("en", "Orrin Wire", "2026-03-02", "More winter ferries", STORY),
      "wire-lanes.txt": frontMatterArticle("en", "Orrin Wire", "2026-09-14", "Cycle lanes", "The town council approved two new cycle lanes along the harbour road on Monday.\n\nWork on the lanes will start in the spring and last about six weeks, the council said."),
      "blog.txt": `---\noutlet: Island Notes\nlanguage: en\ntitle: Ferries\n---\n${STORY}\n\n${credit}\n`,
    }),
  );
  return [...((graph.getNodeAttributes("blog") as { orderedAfter?: string[] }).orderedAfter ?? [])].sort();
}

describe("a syndication credit under an undated text", () => {
  it.each(["This story first appeared in Orrin Wire.", "— Orrin Wire"])("orders it after the credited story only (%s)", async (credit) => {
    expect(await orderedAfter(credit)).toEqual(["wire-ferry"]);
  });
});
