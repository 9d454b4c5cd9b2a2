// An interview with an outlet cites it however the interview phrase opens (an unseen Portuguese story wrote
// "durante uma entrevista com o X", "numa entrevista ao X"; the frames read only "em entrevista ao X"): the phrase may
// open with the language's "during" ("during", "durante", "lors d'") or the contraction "numa", and the interview may
// be "given" to the outlet ("concedida", "accordé", "concessa", "given"). Controls: the same phrases before a person
// or a common noun cite nothing.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, type OutletEntry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const outlet = (name: string, aliases: string[] = []): OutletEntry => ({ name, aliases, descriptors: [], domains: [], kind: "newspaper" });
const REGISTRY = createOutletRegistry([outlet("Jornal da Serra"), outlet("Diario de la Sierra"), outlet("Gazzetta del Lago"), outlet("Courrier des Landes", ["Le Courrier des Landes"]), outlet("Harbour Courier", ["The Harbour Courier"])]);
const cited = (body: string, language: string) => readText(body, REGISTRY, { outlet: "Test Daily", language }).attributions.map((a) => a.outletName);

describe("an interview phrase opening with 'during', a contraction, or a 'given' participle cites the outlet", () => {
  it.each([
    ["pt", "O ministro disse durante uma entrevista com o Jornal da Serra que a ponte nova abre em maio.", "Jornal da Serra"],
    ["pt", "A declaração surgiu numa entrevista ao Jornal da Serra e não teve sequência no conselho.", "Jornal da Serra"],
    ["pt", "Numa entrevista concedida ao Jornal da Serra, o ministro negou tudo.", "Jornal da Serra"],
    ["es", "El ministro dijo durante una entrevista con el Diario de la Sierra que el puente nuevo abre en mayo.", "Diario de la Sierra"],
    ["es", "En una entrevista concedida al Diario de la Sierra, el ministro lo negó.", "Diario de la Sierra"],
    ["it", "Il ministro ha detto durante un'intervista con la Gazzetta del Lago che il ponte nuovo apre a maggio.", "Gazzetta del Lago"],
    ["fr", "Le ministre a dit lors d'un entretien accordé au Courrier des Landes que le pont neuf ouvrirait en mai.", "Courrier des Landes"],
    ["en", "The minister said during an interview with the Harbour Courier that the new bridge opens in May.", "Harbour Courier"],
  ])("%s: %s", (language, text, name) => {
    expect(cited(text, language)).toEqual([name]);
  });
});

describe("control: the same phrases before a person or a common noun cite nothing", () => {
  it.each([
    ["pt", "O ministro disse durante uma entrevista com o presidente da câmara que tudo corria bem."],
    ["pt", "O ministro disse numa entrevista com Ana Sousa Lima que tudo corria bem."],
    ["es", "El ministro dijo durante una entrevista con el alcalde que todo iba bien."],
    ["fr", "Le ministre a dit lors d'un entretien accordé à Paul Girard que tout allait bien."],
    ["en", "The minister said during an interview with Anna Lind that all was well."],
  ])("%s: %s", (language, text) => {
    expect(cited(text, language)).toEqual([]);
  });
});
