// Malay ("ms") had no reading data of its own and fell back to English, so "Menurut X, …" and "kata X" in a Malay
// article read nothing (probe 24, scraped-page cases), while the same sentences tagged Indonesian read right. Malay and
// Indonesian are one language in two written standards: Malay is read with Indonesian's data, stance words too.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { framesFor } from "../../src/extract/frames/index.ts";
import { stanceWordsFor } from "../../src/analyse/stance/index.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Harian Quillon", aliases: [], descriptors: [], domains: [], kind: "newspaper" }]);

describe("a Malay article", () => {
  it("credits the outlet it names after 'Menurut'", () => {
    const read = readText("Menurut Harian Quillon, gambar itu dirakam di tepi sungai.", registry, { outlet: "Berita Lembah", language: "ms" });
    expect(read.attributions.map((a) => a.outletName)).toEqual(["Harian Quillon"]);
  });

  it("is read with Indonesian's frames and stance words", () => {
    expect(framesFor("ms").language).toBe("id");
    expect(framesFor("ms-MY").language).toBe("id");
    expect(stanceWordsFor("ms")).toBe(stanceWordsFor("id"));
  });
});
