// Probe 21, item 10: a Spanish outlet told, named in several words before an inverted speaker, and whom a source told
// after it, are no part of the speaker's label. Invented texts.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const outlet = (name: string) => ({ name, aliases: [], descriptors: [], domains: [], kind: "newspaper" as const });
const registry = createOutletRegistry([outlet("La Voz del Puerto"), outlet("El Heraldo Minero")]);
const read = (body: string) => readText(body, registry, { outlet: "El Faro Austral", language: "es" });
const sources = (body: string): string[] => read(body).sources.map((s) => `${s.type}:${s.name}`);

describe("an outlet told before an inverted speaker", () => {
  it("según ha confirmado a La Voz del Puerto una fuente del Ayuntamiento", () => {
    const reading = read("El puerto cerrará en mayo, según ha confirmado a La Voz del Puerto una fuente del Ayuntamiento.");
    expect(reading.sources.map((s) => `${s.type}:${s.name}`)).toEqual(["anonymous:una fuente del Ayuntamiento"]);
    expect(reading.attributions.map((a) => [a.frame, a.outletName])).toEqual([["told", "La Voz del Puerto"]]);
  });

  it("dijo a El Heraldo Minero Lucía Ferrer, portavoz…", () => {
    const reading = read('"El puerto cerrará en mayo", dijo a El Heraldo Minero Lucía Ferrer, portavoz de la naviera.');
    expect(reading.sources.map((s) => s.name)).toEqual(["Lucía Ferrer"]);
    expect(reading.attributions.map((a) => [a.frame, a.outletName])).toEqual([["told", "El Heraldo Minero"]]);
  });

  it("an outlet the registry does not know, before the speaker's article, is stepped over whole", () => {
    expect(sources("El puerto cerrará en mayo, según ha confirmado a Radio Costa Brava una fuente del Ayuntamiento.")).toEqual(["anonymous:una fuente del Ayuntamiento"]);
  });
});

describe("whom a source told after it ends its label", () => {
  it("según ha confirmado una fuente del Ayuntamiento a este periódico: one source, without the paper", () => {
    expect(sources("El puerto cerrará en mayo, según ha confirmado una fuente del Ayuntamiento a este periódico.")).toEqual(["anonymous:una fuente del Ayuntamiento"]);
  });
});
