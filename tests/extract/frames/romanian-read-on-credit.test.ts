// A Romanian aggregator's teaser ends "Citește articolul mai departe pe X…": the text is X's, reprinted in part, a
// syndication credit. Sentences of our own (invented outlets); a "read also" link names no source of this text.
import { describe, expect, it } from "vitest";
import { readPlain } from "../helpers.ts";

describe("Romanian 'read the article on X' credits", () => {
  it.each([
    ["Podul rămâne închis până în toamnă, iar ocolirea prin… Citeste articolul mai departe pe gazetasomesului.ro…", "gazetasomesului.ro"],
    ["Podul rămâne închis până în toamnă. Citește articolul mai departe pe ziarul Gazeta Someșului.", "Gazeta Someșului"],
    ["Podul rămâne închis până în toamnă. Citiți articolul integral pe gazetasomesului.ro.", "gazetasomesului.ro"],
  ])("%s → %s", (text, name) => {
    expect(readPlain(text, "ro").syndication.map((s) => s.outletName)).toContain(name);
  });

  it("reads no credit in a 'read also' link", () => {
    expect(readPlain("Podul rămâne închis până în toamnă.\n\nCitește și: Gazeta Someșului lansează o anchetă", "ro").syndication).toEqual([]);
  });
});
