/**
 * A reprint of another outlet's story is dated when it was reprinted, so an article sharing its reporting text may have
 * taken it from that story (classify.ts orient, reprints). A statement one of the two quotes and the reprint prints bare
 * is no reporting text: it came from its speaker, and the two print it without either copying the other (invented
 * texts, invented outlets).
 */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const STATEMENT =
  "A message shared since Tuesday says the port of Kellbach will be sold to a foreign fund before the summer. No such sale has ever been planned or discussed with anyone. We ask readers to trust only what the port authority itself publishes on its own pages and to report every copy of the message";

describe("a statement a reprint prints bare and another article quotes", () => {
  it("is no copy between them", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "digest.txt": frontMatterArticle("en", "Brinmoor Digest", "2026-03", "False report on a port sale", `${STATEMENT}.\n\nThis article first appeared in Harbour Wire.`),
        "times.txt": frontMatterArticle(
          "en",
          "Tessaly Times",
          "2026-03-04",
          "Ministry denies port sale",
          `The transport ministry on Saturday denied reports that the port of Kellbach would be sold.\n\n"${STATEMENT}," the ministry said in a statement.\n\nOpposition deputies asked for a hearing next week.`,
        ),
      }),
    );
    expect(graph.filterEdges((_, a) => a.kind === "copies").map((e) => graph.extremities(e))).toEqual([]);
  });
});
