// Italian "ha detto <name> all'<agency>": the agency ends the name and is whom the speaker told.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { quotedSpeaker, readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Agenzia Nord Velmar", aliases: ["ANV"], descriptors: [], domains: [], kind: "agency" }]);
const read = (body: string) => readText(body, registry, { outlet: "Gazzetta di Velmar", language: "it" });

describe("ha detto X all'agenzia", () => {
  it("reads the speaker without the agency and the agency as told", () => {
    const r = read("«Il traghetto tornerà ogni ora da maggio», ha detto Paolo Ferrante all'ANV.");
    expect(quotedSpeaker(r)).toBe("Paolo Ferrante");
    expect(r.attributions.map((a) => [a.outlet, a.frame])).toEqual([["outlet:agenzia-nord-velmar", "told"]]);
  });

  it("reads no outlet from a place after the name", () => {
    const r = read("«Il traghetto tornerà ogni ora da maggio», ha detto Paolo Ferrante a Velmar.");
    expect(quotedSpeaker(r)).toBe("Paolo Ferrante");
    expect(r.attributions).toEqual([]);
  });
});
