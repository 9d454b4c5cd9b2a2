// Session 20 grammar items: a body with its field as a sentence's subject (fr, it, es, pt, de), an outlet after a
// participle with a day between it and "par"/"por"/"da", a compound descriptor before an outlet's name, German "gemäß",
// a surname standing for a person named in full, unnamed outlets that stay unnamed, and a short aside in brackets after
// a cited name. Invented texts.
import { describe, expect, it } from "vitest";
import type { ArticleReading } from "../../src/extract/types.ts";
import { readPlain, sourceLabels } from "./helpers.ts";

const cited = (reading: ArticleReading): string[] => reading.attributions.map((a) => a.outletName);

describe("a body and the field it is of, before or after its speech verb", () => {
  it.each([
    ["Le ministère de la Marine a affirmé que le port de Kerlouan fermera en mai.", "fr", "organisation:ministère de la Marine"],
    ["La préfecture du Morbihan a indiqué que la route restera fermée.", "fr", "organisation:préfecture du Morbihan"],
    ["Le port de Kerlouan fermera en mai, a affirmé le ministère de la Marine.", "fr", "organisation:ministère de la Marine"],
    ["Selon le ministère de la Marine, le port de Kerlouan fermera en mai.", "fr", "organisation:ministère de la Marine"],
    ["Il ministero della Marina ha affermato che il porto di Lerici chiuderà a maggio.", "it", "organisation:ministero della Marina"],
    ["Il porto di Lerici chiuderà a maggio, ha affermato il ministero della Marina.", "it", "organisation:ministero della Marina"],
    ["El ministerio de Marina afirmó que el puerto de Lastres cerrará en mayo.", "es", "organisation:ministerio de Marina"],
    ["O ministério da Marinha afirmou que o porto de Peniche fechará em maio.", "pt", "organisation:ministério da Marinha"],
    ["Der Landesverband der Fischer teilte mit, der Hafen bleibe im Mai geschlossen.", "de", "organisation:Landesverband der Fischer"],
  ])("%s", (text, language, source) => {
    const reading = readPlain(text, language);
    expect(sourceLabels(reading)).toEqual([source]);
    expect(reading.attributions).toEqual([]);
  });

  it("a capitalised field is the body's, no outlet reporting ('Le ministère de la Santé a indiqué')", () => {
    const reading = readPlain("Le ministère de la Santé a indiqué que l'hôpital de Kerlouan fermera en mai.", "fr");
    expect(reading.attributions).toEqual([]);
    expect(sourceLabels(reading)).toEqual(["organisation:ministère de la Santé"]);
  });

  it("a spokesman of the body speaks for it, unnamed: no body called 'porte-parole du ministère'", () => {
    expect(sourceLabels(readPlain("Le porte-parole du ministère a indiqué que la route restera fermée.", "fr"))).toEqual(["anonymous:Le porte-parole du ministère"]);
  });
});

describe("an outlet after a participle, a day and 'par', 'por', 'da'", () => {
  it.each([
    ["Le port de Kerlouan fermera en mai, selon une information avancée mardi par le quotidien Le Goéland.", "fr", "Le Goéland"],
    ["Le port fermera en mai, selon des informations avancées par l'hebdomadaire Courrier Marin.", "fr", "Courrier Marin"],
    ["Le projet a été révélé le 3 mai par le site Vigie Bleue.", "fr", "Vigie Bleue"],
    ["El puerto cerrará en mayo, según una información adelantada el martes por el diario Faro del Cantábrico.", "es", "Faro del Cantábrico"],
    ["Il porto chiuderà a maggio, secondo una notizia rivelata martedì dal quotidiano La Vela Ligure.", "it", "La Vela Ligure"],
    ["O porto fechará em maio, segundo uma informação avançada na terça-feira pelo jornal Folha da Costa.", "pt", "Folha da Costa"],
  ])("%s", (text, language, outlet) => {
    expect(cited(readPlain(text, language))).toEqual([outlet]);
  });
});

describe("other outlets, unnamed, name no outlet", () => {
  it.each([
    "El puerto de Lastres cerrará en mayo, tal y como han adelantado otros medios.",
    "Tal y como han adelantado otros medios, el puerto de Lastres cerrará en mayo.",
    "Como informaron varios medios locales, el Ayuntamiento cerrará el puerto en mayo.",
  ])("%s", (text) => {
    const reading = readPlain(text, "es");
    expect(reading.attributions).toEqual([]);
    expect(reading.sources.filter((s) => s.type === "named" || s.type === "organisation")).toEqual([]);
  });
});

describe("a nationality and a compound descriptor before an outlet's name", () => {
  it.each([
    ["The video is fake, according to the Brazilian fact-checking agency Prova Limpa.", "Prova Limpa"],
    ["The video is fake, according to the Kenyan fact-checker Ukweli Check.", "Ukweli Check"],
    ["The video is fake, according to the Kenyan news agency Habari Pwani.", "Habari Pwani"],
    ["The video is fake, according to the Chilean investigative website Sonda Sur.", "Sonda Sur"],
  ])("%s", (text, outlet) => {
    expect(cited(readPlain(text, "en"))).toEqual([outlet]);
  });

  it("a space agency is no outlet", () => {
    expect(cited(readPlain("The launch was delayed, according to the Andean space agency Orbis.", "en"))).toEqual([]);
  });
});

describe("German: gemäß, a surname after the full name, a body's genitive", () => {
  it("Gemäß Arbeitsministerin Ilse Brandt … gives the titled person, as laut does", () => {
    const reading = readPlain("Gemäß Arbeitsministerin Ilse Brandt soll die Reform 3 Milliarden Euro kosten.", "de");
    expect(reading.sources.map((s) => [s.type, s.name, s.role])).toEqual([["named", "Ilse Brandt", "Arbeitsministerin"]]);
  });

  it.each(["Die Reform soll laut Arbeitsministerin Ilse Brandt teurer werden.", "Die Reform soll gemäß Arbeitsministerin Ilse Brandt im Mai kommen."])("a compound role before the name mid-sentence: %s", (text) => {
    const reading = readPlain(text, "de");
    expect(reading.sources.map((s) => [s.type, s.name, s.role])).toEqual([["named", "Ilse Brandt", "Arbeitsministerin"]]);
  });

  it("Laut Brandt … is the person named in full before", () => {
    const reading = readPlain("Arbeitsministerin Ilse Brandt ist seit Mai im Amt. Laut Brandt soll die Reform 3 Milliarden Euro kosten.", "de");
    expect(sourceLabels(reading)).toEqual(["named:Ilse Brandt"]);
    expect(reading.sources[0]?.mentions.map((m) => m.text)).toContain("Brandt");
  });
});

describe("a short aside in brackets after a cited name", () => {
  it.each([
    ["The port will close, according to the newspaper Faro Austral (Punta Arenas).", "en", "Faro Austral"],
    ["The port will close, Faro Austral (Punta Arenas) reported.", "en", "Faro Austral"],
    ["The video is fake, according to the Brazilian fact-checking agency Prova Limpa (Recife).", "en", "Prova Limpa"],
    ["Le port fermera, selon le quotidien Le Goéland (Brest).", "fr", "Le Goéland"],
    ["El puerto cerrará, según el diario Faro Austral (Punta Arenas).", "es", "Faro Austral"],
  ])("%s", (text, language, outlet) => {
    expect(cited(readPlain(text, language))).toEqual([outlet]);
  });

  it.each([
    ['"The port will close," Dana Okoro (CEO of Harbour Lines) told the newspaper Faro Austral (Punta Arenas).', "en", "Faro Austral"],
    ["« Le port fermera », a déclaré Dana Okoro (PDG de Lignes Marines) au quotidien Le Goéland (Brest).", "fr", "Le Goéland"],
    ["«El puerto cerrará», dijo Dana Okoro (consejera delegada de Líneas Sur) al diario Faro Austral (Punta Arenas).", "es", "Faro Austral"],
  ])("a person's role in brackets stays out of the name: %s", (text, language, outlet) => {
    const reading = readPlain(text, language);
    expect(sourceLabels(reading)).toEqual(["named:Dana Okoro"]);
    expect(cited(reading)).toEqual([outlet]);
  });
});
