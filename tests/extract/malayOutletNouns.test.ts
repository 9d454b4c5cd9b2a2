// Malay is read with the Indonesian data (core/languages.ts SAME_FRAMES), which lacked Malay's outlet nouns: "akhbar" (a
// newspaper) and "agensi berita" (a news agency) before an outlet's name.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (body: string) => readPlain(body, "ms").attributions.map((a) => a.outletName);

describe("ms: Malay outlet nouns", () => {
  it("an outlet after 'akhbar' or 'agensi berita'", () => {
    expect(cited("Jambatan itu akan ditutup selama sebulan, menurut akhbar Suara Tanjung.")).toEqual(["Suara Tanjung"]);
    expect(cited("Jambatan itu akan ditutup selama sebulan, menurut agensi berita Warta Tanjung.")).toEqual(["Warta Tanjung"]);
  });
});
