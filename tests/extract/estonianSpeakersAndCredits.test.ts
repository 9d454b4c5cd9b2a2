// Estonian had no reading data and fell back to English: no speaker after a quotation ("„…“, ütles X"), none before
// "teatas, et", no body after "kinnitab", no outlet after "ajalehe X teatel", "kirjutab ajaleht X", "ütles ajalehele X",
// no anonymous source or body before "sõnul"/"teatel", and the allative of whom the words were told ("ajakirjanikele")
// not stepped over. Texts, names and outlets invented.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { framesFor } from "../../src/extract/frames/index.ts";
import { quotedSpeaker, readPlain, readText, sourceLabels } from "./helpers.ts";

const read = (body: string) => readPlain(body, "et");
const outlets = (body: string) => read(body).attributions.map((a) => a.outletName);

describe("et: speakers and credits", () => {
  it("has data of its own", () => {
    expect(framesFor("et-EE").language).toBe("et");
  });
  it("a speaker after a quotation, with his role, and one whose given name ends in -le", () => {
    const reading = read("„Sild on täiesti ohutu,“ ütles vallavanem Jaan Kask.");
    expect(sourceLabels(reading)).toEqual(["named:Jaan Kask"]);
    expect(quotedSpeaker(reading)).toBe("Jaan Kask");
    expect(quotedSpeaker(read("„Sild on ohutu,“ ütles Pille Saar."))).toBe("Pille Saar");
  });
  it("a speaker after the allative of whom the words were told", () => {
    expect(quotedSpeaker(read("„Sild on ohutu,“ ütles Jaan Kask ajakirjanikele."))).toBe("Jaan Kask");
    expect(sourceLabels(read("Ajakirjanikele ütles Jaan Kask, et sild on ohutu."))).toEqual(["named:Jaan Kask"]);
  });
  it("a speaker before 'teatas, et', and a body after 'kinnitab'", () => {
    expect(sourceLabels(read("Vallavanem Jaan Kask teatas, et sild suletakse."))).toEqual(["named:Jaan Kask"]);
    expect(sourceLabels(read("Sild on ohutu, kinnitab politsei."))).toEqual(["organisation:politsei"]);
  });
  it("an anonymous source and a body before 'sõnul' and 'teatel'", () => {
    expect(sourceLabels(read("Allikate sõnul suletakse sild."))).toEqual(["anonymous:Allikate"]);
    expect(sourceLabels(read("Ministeeriumi teatel suletakse sild."))).toEqual(["organisation:ministeerium"]);
  });
  it("an outlet after 'ajalehe … teatel', 'kirjutab ajaleht' and 'ütles ajalehele'", () => {
    expect(outlets("Ajalehe Saare Hääl teatel suleti sadam.")).toEqual(["Saare Hääl"]);
    expect(outlets("Sadam suleti, kirjutab ajaleht Saare Hääl.")).toEqual(["Saare Hääl"]);
    expect(outlets("Vallavanem ütles ajalehele Saare Hääl, et sadamat ei suleta.")).toEqual(["Saare Hääl"]);
  });
  it("a registered outlet with its case ending after a hyphen: 'X-i teatel', 'ütles X-ile'", () => {
    const registry = createOutletRegistry([{ name: "Kalda Raadio", aliases: ["KRA"], descriptors: [], domains: [], kind: "broadcaster" }]);
    const cited = (body: string) => readText(body, registry, { outlet: "Test Daily", language: "et" }).attributions.map((a) => a.outletName);
    expect(cited("KRA-i teatel suleti sadam.")).toEqual(["Kalda Raadio"]);
    expect(cited("„Sild on ohutu,“ ütles vallavanem KRA-ile.")).toEqual(["Kalda Raadio"]);
  });
  it("a plain Estonian sentence carries no credit, and a person's genitive before 'teatel' is no outlet", () => {
    expect(read("Vallavanem Jaan Kask astus teisipäeval ametist tagasi.").attributions).toEqual([]);
    expect(read("Kase teatel suleti sadam.").attributions).toEqual([]);
  });
});
