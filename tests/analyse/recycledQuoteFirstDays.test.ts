// A statement several outlets print while it is news is reported, not printed again. recycled_quote was stated where a
// printer's date is given only to the month that holds the first printing's day (no printing is then known to come
// later), and where an undated copy of the first printing's text was taken for a printing of unknown, maybe later,
// date. It is still stated where a printing is surely later. (Invented texts.)
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const WORDS = "The water of the eastern reservoir is safe to drink and no pipe in the Varnholt district was poisoned";

const statement = (outlet: string, published: string, lead: string, tail: string) =>
  frontMatterArticle("en", outlet, published, "Water is safe, utility says", `${lead}\n\n"${WORDS}," the Varnholt water board said in a statement. ${tail}`);

/** A body that shares a long stretch of reporting text with `statement(...)` for the Varnholt Herald: a copy of it. */
const HERALD_LEAD =
  "Rumours that the drinking water of Varnholt had been poisoned spread through messaging groups on Sunday night, and by Monday morning shops in the old town had sold out of bottled water while the board's telephone line was busy for hours.";
const HERALD_TAIL = "Inspectors took samples at twelve places in the district on Monday and found nothing unusual, the board added.";

async function recycled(files: Record<string, string>) {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  return graph.getAttribute("findings").filter((f) => f.type === "recycled_quote").map((f) => [...f.articles].sort());
}

describe("recycled_quote and the first days a statement is news", () => {
  const herald = statement("Varnholt Herald", "2026-03-02", HERALD_LEAD, HERALD_TAIL);
  const post = (published: string) =>
    statement("Lakeside Post", published, "The Varnholt water board spoke to residents about the town's tap water.", "Residents had been warned in several viral messages not to use the taps.");

  it("is not stated where a second printer is dated only to the month of the first printing", async () => {
    expect(await recycled({ "a.txt": herald, "b.txt": post("2026-03") })).toEqual([]);
  });

  it("is not stated where an undated copy of the first printing's text prints the words", async () => {
    const copy = frontMatterArticle("en", "Town Notes", "", "Water is safe", `${HERALD_LEAD}\n\n"${WORDS}," the Varnholt water board said in a statement. ${HERALD_TAIL}`);
    expect(await recycled({ "a.txt": herald, "b.txt": post("2026-03-02"), "c.txt": copy })).toEqual([]);
  });

  it("is stated where a printer is dated surely after the first", async () => {
    expect(await recycled({ "a.txt": herald, "b.txt": post("2026-05") })).toEqual([["a", "b"]]);
  });
});
