// Probe 21, items 5 and 19: Spanish unnamed sources the article's own paper consulted. Invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const sources = (body: string): string[] => sourceLabels(readPlain(body, "es", "El Faro Austral"));

describe("who consulted the sources is no part of them", () => {
  it.each([
    ["El puerto cerrará en mayo. Fuentes portuarias consultadas por este diario confirman que el cierre se aprobará en octubre.", "anonymous:Fuentes portuarias"],
    ["El puerto cerrará en mayo. Fuentes municipales contactadas por este periódico afirman que el cierre está decidido.", "anonymous:Fuentes municipales"],
  ])("%s", (text, source) => {
    expect(sources(text)).toEqual([source]);
  });
});

describe("the paper told before an inverted source", () => {
  it("según ha confirmado a este diario una fuente del Ayuntamiento", () => {
    expect(sources("El puerto cerrará en mayo, según ha confirmado a este diario una fuente del Ayuntamiento.")).toEqual(["anonymous:una fuente del Ayuntamiento"]);
  });
});

describe("an object pronoun before the verb is no part of the source", () => {
  it("Fuentes del Ministerio de Fomento lo han confirmado", () => {
    expect(sources("El puerto cerrará en mayo. Fuentes del Ministerio de Fomento lo han confirmado a este periódico.")).toEqual(["anonymous:Fuentes del Ministerio de Fomento"]);
  });
});
