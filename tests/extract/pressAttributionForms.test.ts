// Attribution forms of the press that a probe of invented articles in English, French, German and Spanish found missed
// or misread (session 38), pinned with texts of our own: French "que" elided before the cited outlet's clause; reprint
// credits read as citations ("fue publicado originalmente por X", "a d'abord été publié par X", "erschien zuerst bei
// der X", where a frame of plain publishing read the same name first); a person tied to a body without commas ("Ann
// Lisle of the University of Harwick said"), read as the body speaking; a participle of citing opening the sentence
// read into the cited body's name ("Citing Harwick University"); a name an appositive calls a company read as an outlet;
// the outlet that broke the story, missed in es/fr/de ("X fue el primero en informar", "X a été la première à révéler",
// "X hatte zuerst über den Fall berichtet"); a report by the outlet in es and de ("Un informe de X señaló", "Ein
// Bericht der Zeitung X zeigt").
import { describe, expect, it } from "vitest";
import { createOutletRegistry, withCaseOutlets, type OutletEntry } from "../../src/core/outlets.ts";
import { readText, sourceLabels } from "./helpers.ts";

const agency = (name: string, aliases: string[]): OutletEntry => ({ name, aliases, descriptors: [], domains: [], kind: "agency" });
const REGISTRY = withCaseOutlets(createOutletRegistry([agency("Agence Verlaine Presse", ["AVP"])]), [{ name: "Test Daily" }]);

const read = (body: string, language: string) => readText(body, REGISTRY, { outlet: "Test Daily", language });
const cited = (body: string, language: string) => read(body, language).attributions.map((a) => a.outletName);
const credited = (body: string, language: string) => read(body, language).syndication.map((s) => s.outletName);

describe("French: an outlet told before an elided « qu' »", () => {
  it("reads the outlet before « qu'elle »", () => {
    expect(cited("Marianne Vidal, une habitante, a dit à l'AVP qu'elle avait peur.", "fr")).toEqual(["Agence Verlaine Presse"]);
  });

  it("control: before « que » in full", () => {
    expect(cited("Marianne Vidal, une habitante, a dit à l'AVP que la ville avait peur.", "fr")).toEqual(["Agence Verlaine Presse"]);
  });
});

describe("reprint credits are syndication, not citations", () => {
  it.each<[string, string, string]>([
    ["es", "Este artículo fue publicado originalmente por El Heraldo de Sorvia.", "El Heraldo de Sorvia"],
    ["es", "Este artículo se publicó originalmente en El Heraldo de Sorvia.", "El Heraldo de Sorvia"],
    ["fr", "Cet article a d'abord été publié par La Gazette de Sorel.", "La Gazette de Sorel"],
    ["fr", "Cet article est paru initialement sur le site de La Gazette de Sorel.", "La Gazette de Sorel"],
    ["de", "Zuerst erschienen bei der Harwick Gazette.", "Harwick Gazette"],
    ["de", "Dieser Artikel erschien zuerst bei der Harwick Gazette.", "Harwick Gazette"],
    ["de", "Dieser Artikel ist zuerst erschienen bei The Harbour Review.", "Harbour Review"],
  ])("%s: %s", (language, text, outlet) => {
    const reading = read(text, language);
    expect(reading.syndication.map((s) => s.outletName)).toEqual([outlet]);
    expect(reading.attributions).toEqual([]);
  });

  it.each<[string, string, string]>([
    ["es", "La noticia, publicada por El Heraldo de Sorvia, era falsa.", "El Heraldo de Sorvia"],
    ["fr", "L'étude, publiée par La Gazette de Sorel, a été démentie.", "La Gazette de Sorel"],
    ["de", "Die Studie, veröffentlicht in der Fachzeitschrift Lancet Nord, wurde widerlegt.", "Lancet Nord"],
  ])("control: a text published by the outlet is cited, not credited (%s)", (language, text, outlet) => {
    expect(credited(text, language)).toEqual([]);
    expect(cited(text, language)).toEqual([outlet]);
  });
});

describe("a person tied to a body before the verb speaks, not the body", () => {
  it.each<[string, string, string]>([
    ["en", "Ann Lisle of the University of Harwick said the figures were alarming.", "named:Ann Lisle"],
    ["en", "Professor Ann Lisle of Harwick University said the figures were alarming.", "named:Ann Lisle"],
    ["en", "Dr Ann Lisle from the University of Harwick said the figures were alarming.", "named:Ann Lisle"],
    ["en", "Tom Dane at the Harwick Water Institute said the figures were alarming.", "named:Tom Dane"],
    ["en", "Tom Dane of Brindlewood Capital said the figures were alarming.", "named:Tom Dane"],
    ["es", "Ana Ruiz de la Universidad de Sorvia dijo que el agua era segura.", "named:Ana Ruiz"],
    ["fr", "Claire Vasseur de l'Université de Valmont a déclaré que l'eau était sûre.", "named:Claire Vasseur"],
    ["de", "Anna Berg von der Universität Harwick sagte, das Wasser sei sicher.", "named:Anna Berg"],
  ])("%s: %s", (language, text, source) => {
    expect(sourceLabels(read(text, language))).toEqual([source]);
  });

  it.each<[string, string]>([
    ["The University of Harwick said the figures were alarming.", "organisation:University of Harwick"],
    ["The Royal Bank of Scotland said the figures were alarming.", "organisation:Royal Bank of Scotland"],
    ["Ann Lisle, a professor at the University of Harwick, said the figures were alarming.", "named:Ann Lisle"],
  ])("control: %s", (text, source) => {
    expect(sourceLabels(read(text, "en"))).toEqual([source]);
  });
});

describe("a participle of citing that opens the sentence is no part of the name", () => {
  it.each(["Citing Harwick University, the mayor said the pipes were old.", "Quoting Harwick University, the mayor said the pipes were old."])("%s", (text) => {
    expect(sourceLabels(read(text, "en"))).toEqual(["organisation:Harwick University"]);
  });
});

describe("a name its appositive calls a body is no outlet", () => {
  it("a company", () => {
    expect(cited("The rally drew 300 people, according to Northwind Media, a local events company.", "en")).toEqual([]);
  });

  it.each([
    ["The rally drew 300 people, according to Northwind Media, a local news agency."],
    ["The rally drew 300 people, according to Northwind Media."],
  ])("control: %s", (text) => {
    expect(cited(text, "en")).toEqual(["Northwind Media"]);
  });
});

describe("the outlet that broke the story is cited", () => {
  it.each<[string, string, string]>([
    ["es", "El Heraldo de Sorvia fue el primero en informar del cierre.", "El Heraldo de Sorvia"],
    ["fr", "La Gazette de Sorel a été la première à révéler l'affaire.", "La Gazette de Sorel"],
    ["de", "Die Zeitung Westfalenpost hatte zuerst über den Fall berichtet.", "Westfalenpost"],
  ])("%s: %s", (language, text, outlet) => {
    expect(cited(text, language)).toEqual([outlet]);
  });

  it.each<[string, string]>([
    ["es", "Ana Ruiz fue la primera en informar del cierre."],
    ["fr", "Marie Durand a été la première à révéler l'affaire."],
    ["de", "Anna Berg hatte zuerst darüber berichtet."],
  ])("control: a person who was first is no outlet (%s)", (language, text) => {
    expect(cited(text, language)).toEqual([]);
  });
});

describe("a report by the outlet is cited (es, de)", () => {
  it.each<[string, string, string]>([
    ["es", "Un informe de El Heraldo de Sorvia señaló que el puerto cerró.", "El Heraldo de Sorvia"],
    ["de", "Ein Bericht der Zeitung Westfalenpost zeigt, dass der Hafen geschlossen ist.", "Westfalenpost"],
    ["de", "Einem Bericht der Westfalenpost zufolge ist der Hafen geschlossen.", "Westfalenpost"],
  ])("%s: %s", (language, text, outlet) => {
    expect(cited(text, language)).toEqual([outlet]);
  });

  it.each<[string, string, string]>([
    ["es", "Un informe del Ministerio de Sanidad señaló que el puerto cerró.", "organisation:Ministerio de Sanidad"],
    ["de", "Ein Bericht der Polizei zeigt, dass der Hafen geschlossen ist.", "organisation:Polizei"],
  ])("a body's report makes the body a source, no outlet (%s)", (language, text, source) => {
    const reading = read(text, language);
    expect(reading.attributions).toEqual([]);
    expect(sourceLabels(reading)).toEqual([source]);
  });
});
