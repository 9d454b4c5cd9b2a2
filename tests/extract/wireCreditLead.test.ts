// A wire credit in brackets opening the lead ("(Harbour Wire) — …") after a picture's caption, the lead cut by the page
// before its full stop: the lead is the story's, not a headline above it, and its credit is read.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/clean.ts";
import type { RawArticle } from "../../src/ingest/types.ts";
import { createOutletRegistry, withCaseOutlets } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";

const raw = (text: string, outlet: string, language: string): RawArticle => ({ meta: { id: "t", file: "t.txt", format: "text", outlet, language }, text });

describe("en: a wire credit opening the lead after a caption", () => {
  it("(Harbour Wire) — … is the lead, not a headline, and credits the wire", () => {
    const registry = withCaseOutlets(createOutletRegistry([]), [{ name: "Harbour Wire" }, { name: "Valley Eight" }]);
    const text = "FILE – The harbour master stands on the pier at dawn before the storm, in a picture taken last winter near the old lighthouse. (Photo by Ana Brisk / Valley Pictures)\n\n(Harbour Wire) — The port of Wenlow will close for two weeks while engineers repair the storm wall, officials said,\n\nThe repairs will cost about four million euros, according to the port authority, which expects ships to return in May.";
    const cleaned = cleanArticle(raw(text, "Valley Eight", "en"));
    expect(cleaned.body.startsWith("(Harbour Wire) —")).toBe(true);
    expect(readArticle(cleaned, registry).syndication.map((s) => s.outletName)).toEqual(["Harbour Wire"]);
  });
});
