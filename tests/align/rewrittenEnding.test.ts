// A quotation whose ending was rewritten inside a copied passage ("Tomas is happy in Porto, but in this game you never
// know" → "Tomas is happy in Porto, but he is ready to move on") was drawn quotes_same (rule quote.in_copy): the words
// after the last shared one were read as a longer or shorter excerpt, whatever the other printing said there. Another
// reading of the pair drew an altered-quote finding, so the graph contradicted itself (probe 26 item 3).
import { describe, expect, it } from "vitest";
import { compareWording } from "../../src/align/quoteWording.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

function compare(earlier: string, later: string) {
  return compareWording(earlier, [{ start: 0, end: earlier.length }], later, [{ start: 0, end: later.length }], "en");
}

const SAID = "Tomas is happy in Porto, but in this game you never know";
const CHANGED = "Tomas is happy in Porto, but he is ready to move on";

describe("a quotation whose ending was rewritten", () => {
  it("is a change of the words, both endings named", () => {
    const c = compare(SAID, CHANGED);
    expect(c?.same).toBe(false);
    expect(c?.changes).toEqual(["'in this game you never know' → 'he is ready to move on'"]);
    expect(CHANGED.slice(c!.later.start, c!.later.end)).toBe(CHANGED);
  });

  it("control: a shorter or a longer excerpt is the same words", () => {
    expect(compare("Tomas is happy in Porto and he likes the city", "Tomas is happy in Porto")?.same).toBe(true);
    expect(compare("Tomas is happy in Porto", "Tomas is happy in Porto and he likes the city")?.same).toBe(true);
  });

  it("inside a copied passage it is drawn alters_quote, as the finding says", async () => {
    const body = (quote: string) => `Northvale Rovers have agreed a fee of 20 million pounds with Porto for the winger Tomas Brill, who has scored nine goals this season.\n\nThe player has already said yes to the move and is only waiting for the medical checks next week.\n\n"${quote}," his agent Ruben Lisle said.`;
    const root = await makeCase({
      "first.txt": frontMatterArticle("en", "Harbour Ledger", "2026-06-02", "Brill deal", body(SAID)),
      "copy.txt": frontMatterArticle("en", "Quay Courier", "2026-06-05", "Brill deal done", body(CHANGED)),
    });
    const { graph } = await analyseCaseFolder(root);
    const quoteEdges = graph.filterEdges((_k, e) => e.kind === "quotes_same" || e.kind === "alters_quote").map((k) => graph.getEdgeAttribute(k, "kind"));
    expect(quoteEdges).toEqual(["alters_quote"]);
    expect(graph.getAttribute("findings").some((f) => f.type === "altered_quote")).toBe(true);
  });
});
