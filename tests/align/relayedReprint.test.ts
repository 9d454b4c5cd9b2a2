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
  "We point out a false report which claims, without any real basis, that the governments of Norland and Vestria have signed a secret agreement to build a military base in the river delta. Such an agreement has never been discussed. This attempt to manipulate public opinion follows the alarmist narratives spread lately by sources close to foreign propaganda";

describe("a statement a reprint prints bare and another article quotes", () => {
  it("is no copy between them", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "digest.txt": frontMatterArticle("en", "Brinmoor Digest", "2026-03", "False report on a delta base", `${STATEMENT}.\n\nThis article first appeared in Harbour Wire.`),
        "times.txt": frontMatterArticle(
          "en",
          "Tessaly Times",
          "2026-03-04",
          "Ministry denies delta base",
          `The defence ministry on Saturday denied reports of a foreign base in the river delta.\n\n"${STATEMENT}," the ministry said in a statement.\n\nOpposition deputies asked for a hearing next week.`,
        ),
      }),
    );
    expect(graph.filterEdges((_, a) => a.kind === "copies").map((e) => graph.extremities(e))).toEqual([]);
  });
});
