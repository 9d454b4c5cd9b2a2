// Basque had no reading data and fell back to English: no speaker after "esan du" (the auxiliary "du" was read as
// French "du", of), the ergative written onto a speaker's name kept ("Ane Etxeberriak"), no outlet after "X egunkariaren
// arabera", "X egunkariak jakinarazi du", "X egunkariari esan dio", and a registered outlet with its case on its name
// ("Lurraren arabera", "HRI-ren arabera") not found. Texts, names and outlets invented.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { framesFor } from "../../src/extract/frames/index.ts";
import { quotedSpeaker, readPlain, readText, sourceLabels } from "./helpers.ts";

const read = (body: string) => readPlain(body, "eu");
const outlets = (body: string) => read(body).attributions.map((a) => a.outletName);

describe("eu: speakers and credits", () => {
  it("has data of its own", () => {
    expect(framesFor("eu-ES").language).toBe("eu");
  });
  it("a speaker after a quotation and 'esan du', her role after her name in the ergative", () => {
    const reading = read("«Zubia guztiz segurua da», esan du Ane Etxeberria alkateak.");
    expect(sourceLabels(reading)).toEqual(["named:Ane Etxeberria"]);
    expect(quotedSpeaker(read("«Zubia segurua da», gaineratu du Ane Etxeberria."))).toBe("Ane Etxeberria");
  });
  it("the ergative on the speaker's name is no part of it, where the name alone tells the ending", () => {
    expect(quotedSpeaker(read("«Zubia segurua da», esan du Ane Etxeberriak."))).toBe("Ane Etxeberria");
    expect(sourceLabels(read("Mikel Lopezek esan du zubia segurua dela."))).toEqual(["named:Mikel Lopez"]);
    expect(sourceLabels(read("Ane Etxeberriak esan du zubia segurua dela."))).toEqual(["named:Ane Etxeberria"]);
  });
  it("a foreign name (a letter Basque spelling does not use) keeps its last consonant, and its '-ek' ergative is taken off whole", () => {
    expect(sourceLabels(read("Jon Nowak esan du zubia segurua dela."))).toEqual(["named:Jon Nowak"]);
    expect(sourceLabels(read("Jon Nowakek esan du zubia segurua dela."))).toEqual(["named:Jon Nowak"]);
    expect(sourceLabels(read("Miren Zubiak esan du zubia segurua dela."))).toEqual(["named:Miren Zubia"]);
  });
  it("an outlet named with its noun in the genitive, the ergative, the dative and the inessive", () => {
    expect(outlets("Ipar Hitza egunkariaren arabera, zubia itxiko dute.")).toEqual(["Ipar Hitza"]);
    expect(outlets("Ipar Hitza egunkariak jakinarazi duenez, zubia itxiko dute.")).toEqual(["Ipar Hitza"]);
    expect(outlets("Zubia itxiko dute, jakinarazi du Ipar Hitza egunkariak.")).toEqual(["Ipar Hitza"]);
    expect(outlets("Alkateak Ipar Hitza egunkariari esan dio zubia itxiko dutela.")).toEqual(["Ipar Hitza"]);
    expect(outlets("Albistea Ipar Hitza egunkarian argitaratu zen lehenik.")).toEqual(["Ipar Hitza"]);
  });
  it("a registered outlet with its case written on its name or after a hyphen", () => {
    const registry = createOutletRegistry([
      { name: "Harri Irratia", aliases: ["HRI"], descriptors: [], domains: [], kind: "broadcaster" },
      { name: "Lurra", aliases: [], descriptors: [], domains: [], kind: "newspaper" },
    ]);
    const cited = (body: string) => readText(body, registry, { outlet: "Test Daily", language: "eu" }).attributions.map((a) => a.outletName);
    expect(cited("Lurraren arabera, zubia itxiko dute.")).toEqual(["Lurra"]);
    expect(cited("HRI-ren arabera, zubia itxiko dute.")).toEqual(["Harri Irratia"]);
    expect(cited("Lurrak jakinarazi duenez, zubia itxiko dute.")).toEqual(["Lurra"]);
    expect(cited("Alkateak Lurrari esan dio zubia itxiko dutela.")).toEqual(["Lurra"]);
  });
  it("a person's genitive before 'arabera' and a plain sentence carry no credit", () => {
    expect(read("Etxeberriaren arabera, zubia itxiko dute.").attributions).toEqual([]);
    expect(read("Ane Etxeberria alkateak astearte goizean dimisioa eman du.").attributions).toEqual([]);
  });
  it("an anonymous source who would not give a name", () => {
    expect(sourceLabels(read("«Ez dago arriskurik», esan du izena eman nahi izan ez duen udal langile batek."))).toEqual(["anonymous:udal langile"]);
  });
});
