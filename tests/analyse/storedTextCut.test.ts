// A stored text that stops inside a quotation, in the middle of a word ("… to push an agenda a"), holds a fragment of
// the quotation: its words in their order, the last one cut by the store, not by the writer. Printed whole elsewhere,
// it is the same quotation, not an altered one; a whole other word where the text stops still is a change. Invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const WHOLE =
  'Councillor Brannock Vey spoke after the vote on Monday.\n\n"It is deeply frustrating to watch so many residents repeat claims about the ferry without checking a single fact, and then use them to attack the crews," Vey told the Harlow Gazette.\n';
const CUT =
  'Councillor Brannock Vey has answered the rumours about the ferry.\n\nEarlier this week, Vey said he was "frustrated" by the whole affair.\n\n"It is deeply frustrating to watch so many residents repeat claims about the ferry without checking a single fact, and then use them to attack the cr';

async function quoteReadings(earlier: string, later: string): Promise<string[]> {
  const root = await makeCase({
    "a.txt": frontMatterArticle("en", "Harlow Gazette", "2026-03-02", "Ferry rumours", earlier),
    "b.txt": frontMatterArticle("en", "Tessby Courier", "2026-03-05", "Councillor answers", later),
  });
  const { graph } = await analyseCaseFolder(root);
  const findings = graph.getAttribute("findings").filter((f) => f.type === "altered_quote").map((f) => f.type);
  return [...graph.mapEdges((_, a) => a.kind as string).filter((k) => k === "alters_quote" || k === "quotes_same"), ...findings];
}

describe("a quotation cut off by the end of the stored text", () => {
  it("reads no altered quotation where the text stops inside a word of it", async () => {
    const readings = await quoteReadings(WHOLE, CUT);
    expect(readings).not.toContain("altered_quote");
    expect(readings).not.toContain("alters_quote");
  });

  it("still reads an altered quotation where the text stops on another word (control)", async () => {
    expect(await quoteReadings(WHOLE, CUT.replace(/attack the cr$/u, "attack you"))).toContain("altered_quote");
  });
});
