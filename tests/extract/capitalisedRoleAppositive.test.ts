/**
 * An appositive whose comma the writer left unclosed may open on a capitalised role ("Ann Cole, Director of the Harbour
 * Trust said"): the named person speaks. A capitalised word right after the role makes the role a title before another
 * name ("Jan Mol, Minister Eva Smit said"): that titled person speaks, not the name before the comma. Own invented texts.
 */
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a capitalised role after a name and a comma", () => {
  it("opens a description of the name before it", () => {
    expect(sourceLabels(readPlain("Ann Cole, Director of the Harbour Trust said the pier would close.", "en"))).toEqual(["named:Ann Cole"]);
  });

  it("before a capitalised name, is that person's title", () => {
    expect(sourceLabels(readPlain("Jan Mol, Minister Eva Smit said the bridge will open.", "en"))).toEqual(["named:Eva Smit"]);
  });
});
