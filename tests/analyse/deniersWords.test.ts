/**
 * A person quoted denying a claim is no source of the claim: the words they deny it with are theirs, printed as
 * theirs, and an article that quotes them reports nothing false by them. So a later article printing the same denial
 * launders nothing (invented texts).
 */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const DENIAL = "Nothing is closing. We are not selling the building. Our phones have not stopped ringing since Monday";

describe("the words a spokesperson denies a claim with", () => {
  it("are not the claim reported false, and their reprint launders nothing", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "post.txt": frontMatterArticle("en", "Lakeside Post", "2026-05-02", "Aquarium", `The city aquarium has rejected a story that it would shut for good next month.\n\nA spokeswoman for the aquarium denied the story, telling Valley Radio: “${DENIAL}.”`),
        "herald.txt": frontMatterArticle("en", "Bay Herald", "2026-05-03", "Aquarium stays open", `The aquarium will stay open, its staff say.\n\n“${DENIAL},” a spokeswoman said.`),
      }),
    );
    expect(graph.getAttribute("findings").filter((f) => f.type === "laundering").map((f) => f.explanation)).toEqual([]);
    const onDenial = graph.filterEdges("post", (_, a, __, target) => a.kind === "asserts" && String(graph.getNodeAttribute(target, "label")).includes("Nothing is closing"));
    for (const e of onDenial) expect((graph.getEdgeAttributes(e) as { stance?: string }).stance).not.toBe("false");
  });
});
