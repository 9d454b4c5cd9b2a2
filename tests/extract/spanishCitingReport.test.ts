// Probe 21, item 19: "X adelantó …, citando a una fuente": adelantar and avanzar report, and the source the outlet cited
// is the outlet's, reached through it, never the article's own nor labelled with the preposition. Invented texts.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "El Heraldo Minero", aliases: [], descriptors: [], domains: [], kind: "newspaper" }]);
const read = (body: string) => readText(body, registry, { outlet: "El Faro Austral", language: "es" });

describe("adelantar and avanzar are report verbs", () => {
  it.each([
    "Las tarifas subirán en enero. El Heraldo Minero adelantó la subida.",
    "Las tarifas subirán en enero. El Heraldo Minero avanzó la subida.",
    "Las tarifas subirán en enero. El Heraldo Minero ha adelantado la subida.",
  ])("%s", (text) => {
    expect(read(text).attributions.map((a) => [a.frame, a.outletName])).toEqual([["reported", "El Heraldo Minero"]]);
  });
});

describe("the source an outlet cited after its clause is the outlet's", () => {
  it("El Heraldo Minero adelantó el lunes la subida, citando a una fuente del Gobierno", () => {
    const reading = read("Las tarifas subirán en enero. El Heraldo Minero adelantó el lunes la subida, citando a una fuente del Gobierno.");
    expect(reading.sources.map((s) => [s.type, s.name, s.via])).toEqual([["anonymous", "una fuente del Gobierno", "outlet:el-heraldo-minero"]]);
  });
});
