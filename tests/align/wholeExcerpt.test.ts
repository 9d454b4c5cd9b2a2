/**
 * A short quotation whose words stand whole, in one run, inside a longer printing of the same statement is an excerpt
 * printed faithfully, even where the long one says its opening words twice (invented texts).
 */
import { describe, expect, it } from "vitest";
import { compareWording, wholeRunScript } from "../../src/align/quoteWording.ts";

function compare(earlier: string, later: string, language?: string) {
  return compareWording(earlier, [{ start: 0, end: earlier.length }], later, [{ start: 0, end: later.length }], language);
}

const LONG = "No hacía nada más que ayudar a los vecinos y me han quitado el teléfono expresamente, uno por uno. En medio de la plaza me han gritado. Y me han quitado el teléfono de la mano uno por uno expresamente. Esto es mucho abuso, mucho abuso.";

describe("an excerpt found whole inside the long quotation", () => {
  it("is the same words, though its opening words also stand earlier in the long one (es)", () => {
    const excerpt = "Y me han quitado el teléfono de la mano uno por uno expresamente. Esto es mucho abuso, mucho abuso.";
    expect(compare(LONG, excerpt, "es")?.same).toBe(true);
    expect(compare(excerpt, LONG, "es")?.same).toBe(true);
  });

  it("still reads a word changed inside the excerpt as a change", () => {
    const changed = "Y me han quitado el teléfono de la mano uno por uno a propósito. Esto es mucho abuso, mucho abuso.";
    expect(compare(LONG, changed, "es")?.same).toBe(false);
  });

  it("aligns the run where it stands, and only a run of six words or more", () => {
    expect(wholeRunScript(["a", "b", "c", "d", "e", "f", "g", "h"], ["c", "d", "e", "f", "g", "h"])).toBe("--======");
    expect(wholeRunScript(["c", "d", "e", "f", "g", "h"], ["a", "c", "d", "e", "f", "g", "h", "b"])).toBe("+======+");
    expect(wholeRunScript(["a", "b", "c", "d", "e"], ["b", "c", "d"])).toBeUndefined();
    expect(wholeRunScript(["a", "b", "c", "d", "e", "f", "g", "h"], ["c", "d", "x", "f", "g", "h"])).toBeUndefined();
  });
});
