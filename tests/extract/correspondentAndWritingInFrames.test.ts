// An outlet's correspondent or writer, and writing in a publication, in es/fr/de/it/pt ("el corresponsal de X en Lima",
// "le correspondant du X", "der Korrespondent der X", "Escribiendo en X", "écrit dans X"): no citation was read (issue 11
// task), pinned with texts of our own. Controls: a person's or a town's correspondent names no outlet (the staff noun's
// evidence once made "le correspondant de Jean Dupont" an outlet), nor does a German noun after "schrieb … in der".
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readPlain, readText } from "./helpers.ts";

const cited = (body: string, language: string) => readPlain(body, language).attributions.map((a) => a.outletName);

describe("an outlet's correspondent reports for it", () => {
  it.each([
    ["es", "El corresponsal de El Faro Austral en Lima, Pedro Ruiz, dijo que el puente se cerrará.", "El Faro Austral"],
    ["fr", "Le correspondant du Courrier des Landes à Lyon a indiqué que le pont fermera.", "Courrier des Landes"],
    ["fr", "La correspondante de La Gazette du Lac, Anne Morel, a indiqué que le pont fermera.", "La Gazette du Lac"],
    ["de", "Der Korrespondent der Havelpost in Rom berichtete, die Brücke werde geschlossen.", "Havelpost"],
    ["it", "Il corrispondente della Gazzetta del Lago da Parigi ha scritto che il ponte sarà chiuso.", "Gazzetta del Lago"],
    ["pt", "O correspondente da Folha do Cerrado em Lisboa disse que a ponte será fechada.", "Folha do Cerrado"],
  ])("%s: %s", (language, text, name) => {
    expect(cited(text, language)).toEqual([name]);
  });

  it("a registry outlet named by a short form after the staff noun", () => {
    const registry = createOutletRegistry([{ name: "Kurier am Abend", aliases: ["KaA"], descriptors: [], domains: [], kind: "newspaper" }]);
    expect(readText("Der Korrespondent des KaA in Rom berichtete, die Brücke werde geschlossen.", registry, { outlet: "Test Daily", language: "de" }).attributions.map((a) => a.outletName)).toEqual(["Kurier am Abend"]);
  });
});

describe("writing in a publication", () => {
  it.each([
    ["es", "Escribiendo en El Faro Austral, la analista sostuvo que el puente se cerrará.", "El Faro Austral"],
    ["fr", "Anne Morel écrit dans Le Courrier des Landes que le pont fermera.", "Le Courrier des Landes"],
    ["de", "Anna Berg schreibt in der Havelpost, die Brücke werde geschlossen.", "Havelpost"],
    ["it", "Scrivendo sulla Gazzetta del Lago, Anna Neri ha sostenuto che il ponte sarà chiuso.", "Gazzetta del Lago"],
    ["pt", "Escrevendo no Diário do Vale, Ana Lopes afirmou que a ponte será fechada.", "Diário do Vale"],
  ])("%s: %s", (language, text, name) => {
    expect(cited(text, language)).toEqual([name]);
  });
});

describe("controls: no outlet named", () => {
  it.each([
    ["fr", "Le correspondant de Jean Dupont a indiqué que le pont fermera."],
    ["it", "Il corrispondente di Marco Rossi ha scritto che il ponte sarà chiuso."],
    ["pt", "O correspondente de Lisboa disse que a ponte será fechada."],
    ["es", "El corresponsal de Madrid, Pedro Ruiz, dijo que el puente se cerrará."],
    ["de", "Der Korrespondent der Partei sagte, die Brücke werde geschlossen."],
    ["de", "Das schrieb er in der Begründung, die Brücke werde geschlossen."],
  ])("%s: %s", (language, text) => {
    expect(cited(text, language)).toEqual([]);
  });
});
