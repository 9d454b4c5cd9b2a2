/**
 * Unnamed sources inside a named body ("según fuentes del Ministerio de Sanidad"): one anonymous source, who works there.
 * The body is not a second source beside them: the ministry said nothing on the record.
 */
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([]);

describe("the body of unnamed sources", () => {
  it.each([
    ["es", "Según fuentes del Ministerio de Pesca, el puerto de Valdecruz cerrará en junio."],
    ["es", "Según fuentes de la Consejería de Puertos, el muelle norte cerrará en junio."],
    ["es", "Según fuentes cercanas a Marta Ibáñez, el puerto de Valdecruz cerrará en junio."],
    ["pt", "Segundo fontes do Ministério das Pescas, o porto de Vila Alva fecha em junho."],
    ["en", "According to sources in the Ministry of Fisheries, the port of Kellmouth will close in June."],
  ])("%s: %s is one anonymous source", (language, body) => {
    const sources = readText(body, registry, { outlet: "Own Paper", language }).sources;
    expect(sources.map((s) => s.type)).toEqual(["anonymous"]);
  });

  it("a body cited on its own is still a source", () => {
    const sources = readText("Según el Ministerio de Pesca, el puerto de Valdecruz cerrará en junio.", registry, { outlet: "Own Paper", language: "es" }).sources;
    expect(sources.map((s) => s.type)).toEqual(["organisation"]);
  });
});
