// A later article that changes a quotation two earlier articles printed the same day: the printing it is drawn from is
// the one orient's convention puts first (a release stamped at 08:00 before a copy dated only that day), never the
// one whose file name sorts first. Own invented English copy.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const QUOTE = '"The Tarn-3 pump shows that drip lines can match flood irrigation on barley yields at a fraction of the water," said Mira Okonjo, chief executive of Fenwick Pumps.';
const article = (outlet: string, date: string, body: string) => `---\noutlet: ${outlet}\npublished: ${date}\nlanguage: en\n---\n${body}\n`;

describe("a changed quotation after two same-day printings", () => {
  it.each([
    ["a-copy.txt", "z-release.txt"],
    ["z-copy.txt", "a-release.txt"],
  ])("is drawn from the timestamped release whatever the file names (%s, %s)", async (copyFile, releaseFile) => {
    const root = await makeCase({
      [releaseFile]: article("Harvest Newswire", "2026-04-07T08:00:00Z", QUOTE),
      [copyFile]: article("Field Machinery Review", "2026-04-07", QUOTE),
      "later.txt": article("Dry Acres Weekly", "2026-04-08", '"Drip lines now beat flood irrigation on barley yields, at a fraction of the water," chief executive Mira Okonjo said in a statement on Tuesday.'),
    });
    const { graph } = await analyseCaseFolder(root);
    const altered = graph.filterEdges((_e, a) => a.kind === "alters_quote").map((e) => graph.target(e));
    expect(altered).toEqual([releaseFile.replace(/\.txt$/, "")]);
  });
});
