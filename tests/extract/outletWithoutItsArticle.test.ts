// A registry name that opens on the language's article ("la Lanterna"), written without it at a sentence's start, is
// that outlet, never a person: a heading elsewhere that writes it inside a sentence ("Le domande di Lanterna sul porto") made it
// a named person as well as the outlet cited. Invented outlet and text.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "la Lanterna", aliases: [], descriptors: [], domains: [], kind: "newspaper" }]);

describe("an outlet's name without its article", () => {
  it("cites the outlet and names no person", () => {
    const r = readText("Lanterna ha pubblicato un'inchiesta sui conti del porto.\n\nLe domande di Lanterna sul porto", registry, { outlet: "Test Daily", language: "it" });
    expect(r.attributions.map((a) => a.outlet)).toEqual(["outlet:la-lanterna"]);
    expect(r.sources.filter((s) => s.type === "named").map((s) => s.name)).toEqual([]);
  });
});
