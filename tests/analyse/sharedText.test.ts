// The syndication finding said the outlet of record's article "carries the same text" whenever the case held one, even
// where the two share no wording at all (a story in its own words closing "Additional reporting by X", or one in another
// language). Same text is said only of an article that shares most of the text by copy. Since "Additional reporting by
// X" is a citation of X (contributed reporting), a story in its own words over it is no syndication at all.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const WIRE_TEXT =
  "The harbour authority of Quillby closed the northern pier on Monday after divers found cracks in three of its pillars. " +
  "Repairs will take at least six weeks, the authority said, and ferries will dock at the southern quay until then. " +
  "Fishermen said the closure came in the middle of the herring season and would cost them dearly.";

const syndicationOf = async (story: string) => {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "wire.txt": frontMatterArticle("en", "Tidewater Press Agency", "2026-05-04T08:00:00Z", "Quillby pier closed", WIRE_TEXT),
      "post.txt": frontMatterArticle("en", "The Marrow Post", "2026-05-04T15:00:00Z", "Pier shut in Quillby", story),
    }),
  );
  return { found: graph.getAttribute("findings").filter((f) => f.type === "syndication"), kinds: graph.outEdges("post").map((k) => `${graph.getEdgeAttribute(k, "kind")} ${graph.target(k)}`) };
};

describe("the syndication finding and shared text", () => {
  it("finds no syndication, only a citation, where a story in its own words credits the outlet's additional reporting", async () => {
    const { found, kinds } = await syndicationOf(
      "Quillby's northern pier will stay shut for six weeks or more: inspectors spotted damage to the supports on Monday. " +
        "Ferry passengers are being sent to the southern quay instead, and the herring fleet is furious about the timing.\n\n" +
        "Additional reporting by Tidewater Press Agency",
    );
    expect(found).toEqual([]);
    expect(kinds).toContain("cites outlet:tidewater-press-agency");
    expect(kinds).not.toContain("republishes outlet:tidewater-press-agency");
  });

  it("control: a copy of the outlet's article still carries the same text", async () => {
    const { found } = await syndicationOf(`${WIRE_TEXT}\n\nAdditional reporting by Tidewater Press Agency`);
    expect(found).toHaveLength(1);
    expect(found[0]!.explanation).toContain("carries the same text");
  });
});
