// Latvian had no reading data and fell back to English: no speaker after a quotation ("„…“, sacīja X"), none before
// "norāda, ka", no outlet after "kā vēsta laikraksts „X“", "ziņo X", "portālam X sacīja", and the dative of whom the
// words were told ("žurnālistiem") not stepped over. Texts, names and outlets invented.
import { describe, expect, it } from "vitest";
import { framesFor } from "../../src/extract/frames/index.ts";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

const read = (body: string) => readPlain(body, "lv");
const outlets = (body: string) => read(body).attributions.map((a) => a.outletName);

describe("lv: speakers and credits", () => {
  it("has data of its own", () => {
    expect(framesFor("lv-LV").language).toBe("lv");
  });
  it("a speaker after a quotation, with her role", () => {
    const reading = read("\"Tilts ir pilnīgi drošs,\" sacīja domes pārstāve Ilze Vītola.");
    expect(sourceLabels(reading)).toEqual(["named:Ilze Vītola"]);
    expect(quotedSpeaker(reading)).toBe("Ilze Vītola");
  });
  it("a speaker after the dative of whom the words were told", () => {
    expect(quotedSpeaker(read("\"Tilts ir drošs,\" žurnālistiem sacīja Jānis Kļava."))).toBe("Jānis Kļava");
  });
  it("a body before 'norāda, ka'", () => {
    expect(sourceLabels(read("Valsts policija norāda, ka ziņa ir nepatiesa."))).toEqual(["organisation:Valsts policija"]);
  });
  it("an outlet after 'kā vēsta laikraksts', 'vēsta portāls' and 'portālam', its title in quotation marks whole", () => {
    expect(outlets("Kā vēsta laikraksts \"Upes vēstis\", tilts tiks slēgts.")).toEqual(["Upes vēstis"]);
    expect(outlets("Tilts tiks slēgts, vēsta portāls \"Upes vēstis\".")).toEqual(["Upes vēstis"]);
    expect(outlets("Mērs portālam \"Upes vēstis\" sacīja, ka tilts netiks slēgts.")).toEqual(["Upes vēstis"]);
  });
  it("a plain Latvian sentence carries no credit", () => {
    expect(read("Mērs Jānis Kļava otrdien atkāpās no amata.").attributions).toEqual([]);
  });
});
