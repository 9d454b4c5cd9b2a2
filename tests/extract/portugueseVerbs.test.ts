// Common Portuguese speech verbs of news reports ("reafirmou", "questionou", "salientou", "referiu", "adiantou",
// "esclareceu", "revelou", "assegurou", "realçou") name the quotation's speaker as "disse" does (session 33). Invented.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

describe("Portuguese speech verbs", () => {
  it.each(["reafirmou", "questionou", "salientou", "referiu", "adiantou", "esclareceu", "revelou", "assegurou", "realçou"])("\"…\", %s Marta Quintela.", (verb) => {
    const text = `"A ponte nova só abre depois do verão, não antes, e ninguém foi enganado", ${verb} Marta Quintela.`;
    expect(quotedSpeaker(readPlain(text, "pt"))).toBe("Marta Quintela");
  });
});
