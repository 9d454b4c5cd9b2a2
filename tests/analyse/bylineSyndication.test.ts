// The same writer's byline over the same text on two outlets' pages is one story run under two mastheads (syndication),
// not a copy one took from the other uncredited: the byline credits the writer in both. A desk's byline ("By Staff
// Reporter") names no writer and makes no such pair. Own invented story.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const STORY =
  "The ferry company of Lunmark will stop its night crossings to the island of Ostervik from the first of June, its " +
  "director told the harbour council on Tuesday. Fewer than forty passengers a night used the late boats last winter, " +
  "and the company says the crossings lose money every month. Islanders who work late shifts on the mainland say they " +
  "will have no way home. The council will meet the company again next week to look for a cheaper boat.";

async function findings(bylineOne: string, bylineTwo: string, title = "Night ferries to stop"): Promise<{ type: string; articles: string[]; explanation: string }[]> {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "coast.txt": frontMatterArticle("en", "Coast Courier", "2026-05-04", title, `${bylineOne}\n\n${STORY}`),
      "island.txt": frontMatterArticle("en", "Island Voice", "2026-05-05", title, `${bylineTwo}\n\n${STORY}`),
    }),
  );
  return graph.getAttribute("findings").filter((f) => f.type === "syndication" || f.type === "uncredited_copy");
}

describe("one writer's byline over one text on two outlets' pages", () => {
  it("is syndication, not an uncredited copy", async () => {
    const found = await findings("By Mara Quill", "By Mara Quill");
    expect(found.map((f) => f.type)).toEqual(["syndication"]);
    expect(found[0]!.articles).toEqual(["coast", "island"]);
    expect(found[0]!.explanation).toContain("under the same byline, Mara Quill's");
  });

  it("two writers' bylines leave an uncredited copy (control)", async () => {
    expect((await findings("By Mara Quill", "By Tomas Brenn")).map((f) => f.type)).toEqual(["uncredited_copy"]);
  });

  it("a headline that opens on \"By\" names no writer: an uncredited copy", async () => {
    expect((await findings("By Land And Sea", "By Land And Sea", "By Land And Sea")).map((f) => f.type)).toEqual(["uncredited_copy"]);
  });

  it("a desk's byline names no writer: an uncredited copy", async () => {
    expect((await findings("By Staff Reporter", "By Staff Reporter")).map((f) => f.type)).toEqual(["uncredited_copy"]);
  });
});
