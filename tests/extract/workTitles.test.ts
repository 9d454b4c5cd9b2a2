// A work's title in quotation marks as the object of a verb of making it was read as the writer's quotation ("Ribera
// wrote “The Swallows” for his puppet show") or, in Spanish, as an outlet ("Ribera escribió “Las Golondrinas” para El
// Payaso" cited an outlet "Las Golondrinas"). Own invented texts.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

describe("a quoted title after a verb of writing is a work", () => {
  it("reads the title as no quotation (en)", () => {
    const r = readPlain("Ribera wrote “The Swallows” for his puppet show in 1998.", "en");
    expect(r.quotations.map((q) => q.kind)).toEqual(["title"]);
  });

  it("reads the title as no outlet (es)", () => {
    const r = readPlain("Su verdadero autor es el comediante Tomás Ribera. Ribera escribió “Las Golondrinas” para El Payaso, un muñeco con el que hacía presentaciones.", "es");
    expect(r.attributions).toEqual([]);
    expect(r.quotations.map((q) => q.kind)).toEqual(["title"]);
  });

  it.each([
    "Ribera wrote “The Swallows are leaving the harbour now.”",
    "Ribera wrote: “The Swallows” is my favourite song.",
  ])("still reads a quotation after the verb (control): %s", (text) => {
    expect(readPlain(text, "en").quotations.map((q) => q.kind)).toEqual(["quotation"]);
  });
});
