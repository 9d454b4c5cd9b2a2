// Spanish frames on sentences of our own (invented outlets and people): each construction yields the cited name, plain sentences none.
import { describe, expect, it } from "vitest";
import { es } from "../../../src/extract/frames/es.ts";
import { frameHits, names } from "./helpers.ts";

describe("Spanish frames", () => {
  it.each([
    ["El puerto seguirá cerrado, según El Heraldo del Sur.", "El Heraldo del Sur"],
    ["La foto estuvo en su web, según el propio El Heraldo del Sur, apenas media hora.", "El Heraldo del Sur"],
    ["La foto estuvo en su web, según la misma Gaceta Norte, apenas media hora.", "Gaceta Norte"],
    ["De acuerdo con La Nación Austral, el puerto cerró.", "La Nación Austral"],
    ["Según lo publicado por Diario Ribera, el alcalde dimitió.", "Diario Ribera"],
    ["El Papa apoyó al candidato, según fue anunciado por el sitio KXTV 9 News.", "KXTV 9 News"],
    ["La nave se hundió, informó El Correo Austral.", "El Correo Austral"],
    ["Informó El Mundo Pequeño que la nave se hundió.", "El Mundo Pequeño"],
    ["La Voz de Tarifa publicó que el alcalde había dimitido.", "La Voz de Tarifa"],
    ["«No nos rendiremos», dijo a La Gaceta Norte un funcionario.", "La Gaceta Norte"],
    ["En una entrevista con Radio Meseta, el ministro lo negó.", "Radio Meseta"],
    ["La noticia, publicada por El Faro de Vigo Norte, era falsa.", "El Faro de Vigo Norte"],
    ["El estudio, publicado en la revista Anales Costeros, fue desmentido.", "Anales Costeros"],
    ["El autor escribió en su blog ecosdelmar.es que todo era una broma.", "ecosdelmar.es"],
    ["El ministerio lo negó, citando a Europa Press Sur.", "Europa Press Sur"],
    ["Según datos del Ministerio de Pesca, hay veinte barcos.", "Ministerio de Pesca"],
    ["Este artículo fue publicado originalmente en The Harbour Review.", "The Harbour Review"],
    ["«Es inevitable», dijo la capitana del puerto Ilse Brandt a la agencia Gaceta Norte.", "Gaceta Norte"],
    ["La noticia, confirmada por la Cadena Austral, provocó protestas.", "Cadena Austral"],
    ["Consultado por El Eco Minero, el ministerio declinó hacer comentarios.", "El Eco Minero"],
    ["Fuentes del ministerio consultadas por Prensa Austral confirmaron la venta.", "Prensa Austral"],
    ["«No hay estudio», dijeron a la agencia Gaceta Norte dos estibadores.", "Gaceta Norte"],
  ])("%s → %s", (text, name) => expect(names(es, text)).toContain(name));

  it("keeps the outlet noun before a name as the cue, out of the name", () => {
    expect(frameHits(es, "Según el diario madrileño El Sol Rojo, el alcalde dimitió.")[0]).toMatchObject({ name: "El Sol Rojo", cue: "diario madrileño" });
  });

  it("reads a bare outlet noun as a descriptor, not a name", () => {
    expect(names(es, "Según el diario, el puerto cerró.")).toEqual(["el diario"]);
  });

  it.each([
    "El puerto está cerrado desde el lunes y los barcos esperan.",
    "Según fuentes policiales, el puerto cerró.",
    "El alcalde Juan Pérez dijo que el puerto cerraría.",
    "No estoy de acuerdo con el Sr. Pérez en algunos temas.",
  ])("a sentence without attribution yields no frame: %s", (text) => expect(frameHits(es, text)).toEqual([]));
});
