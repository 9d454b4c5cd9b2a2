// Norwegian, Swedish and Danish "En artikkel i X skrev at …" (an article in X wrote): the outlet whose article is the
// subject of a writing verb; and an English outlet name keeps its "of" ("Voice of Velmar"). Sentences of our own
// (invented outlets); a time phrase after "i" ("i går") is no outlet.
import { describe, expect, it } from "vitest";
import { da } from "../../../src/extract/frames/da.ts";
import { no } from "../../../src/extract/frames/no.ts";
import { sv } from "../../../src/extract/frames/sv.ts";
import { names } from "./helpers.ts";

const FRAMES = { da, no, sv };

describe("Scandinavian 'an article in X wrote'", () => {
  it.each([
    ["no" as const, "En artikkel i Havnebladet skrev at ferja er innstilt.", "Havnebladet"],
    ["no" as const, "En artikkel fra avisen «Voice of Velmar» skrev at ferja er innstilt.", "Voice of Velmar"],
    ["sv" as const, "En artikel i Hamnbladet skrev att färjan är inställd.", "Hamnbladet"],
    ["da" as const, "En artikel i Havnebladet skrev at færgen er aflyst.", "Havnebladet"],
  ])("%s: %s → %s", (lang, text, name) => expect(names(FRAMES[lang], text)).toContain(name));

  it("reads no outlet in a time phrase", () => {
    expect(names(no, "En artikkel i går skrev at ferja er innstilt.")).toEqual([]);
  });
});
