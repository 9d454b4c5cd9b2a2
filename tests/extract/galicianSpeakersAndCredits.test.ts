// Galician had no reading data and fell back to English: no speaker after "dixo", "explicou", no outlet after
// "segundo o xornal", "informou o xornal", "dixo á Radio". Texts, names and outlets invented.
import { describe, expect, it } from "vitest";
import { framesFor } from "../../src/extract/frames/index.ts";
import { quotedSpeaker, readPlain } from "./helpers.ts";

const read = (body: string) => readPlain(body, "gl");
const outlets = (body: string) => read(body).attributions.map((a) => a.outletName);

describe("gl: speakers and credits", () => {
  it("has data of its own", () => {
    expect(framesFor("gl-ES").language).toBe("gl");
  });
  it("a speaker after a quotation", () => {
    expect(quotedSpeaker(read("\"A ponte é segura\", dixo Xoán Pereira."))).toBe("Xoán Pereira");
    expect(quotedSpeaker(read("\"Non hai ningunha denuncia\", explicou a alcaldesa Uxía Souto."))).toBe("Uxía Souto");
  });
  it("an outlet after 'segundo o xornal', 'informou o xornal' and 'dixo á'", () => {
    expect(outlets("A ponte seguirá pechada, segundo o xornal Faro do Porto.")).toEqual(["Faro do Porto"]);
    expect(outlets("A ponte seguirá pechada, informou o xornal Faro do Porto.")).toEqual(["Faro do Porto"]);
  });
  it("a plain Galician sentence carries no credit", () => {
    expect(read("A alcaldesa Uxía Souto dimitiu o martes.").attributions).toEqual([]);
  });
});
