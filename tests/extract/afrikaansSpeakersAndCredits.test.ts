// Afrikaans had no reading data and fell back to English: no outlet after "…, berig X" or "volgens die koerant X", no
// speaker after a quotation's "het X gesê" (the subject between the auxiliary and the participle), none before "het
// gesê" after an apposition. Texts, names and outlets invented.
import { describe, expect, it } from "vitest";
import { framesFor } from "../../src/extract/frames/index.ts";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

const read = (body: string) => readPlain(body, "af");
const outlets = (body: string) => read(body).attributions.map((a) => a.outletName);

describe("af: speakers and credits", () => {
  it("has data of its own", () => {
    expect(framesFor("af-ZA").language).toBe("af");
  });
  it("a speaker between the auxiliary and the participle after a quotation", () => {
    const reading = read("“Ons ondersoek die gerugte,” het Johan Brink gesê.");
    expect(sourceLabels(reading)).toEqual(["named:Johan Brink"]);
    expect(quotedSpeaker(reading)).toBe("Johan Brink");
  });
  it("a speaker before 'het gesê' after a title and an apposition", () => {
    expect(sourceLabels(read("Kol. Marike Louw, woordvoerder van die polisie, het gesê die bewerings is nie waar nie."))).toEqual(["named:Marike Louw"]);
  });
  it("a speaker before 'het aan … gesê' after an apposition, and 'het hy gesê' no source of its own", () => {
    const reading = read("Johan Brink, 'n polisiewoordvoerder, het aan die radiostasie gesê die gerugte is vals. “Daar is geen rede tot paniek nie,” het hy gesê.");
    expect(sourceLabels(reading)).toEqual(["named:Johan Brink"]);
  });
  it("an outlet after '…, berig X' and 'volgens die koerant X'", () => {
    expect(outlets("Die pad na Welgerus is gesluit, berig KPN.")).toEqual(["KPN"]);
    expect(outlets("Die pad is gesluit, volgens die koerant Vallei Bode.")).toEqual(["Vallei Bode"]);
  });
  it("a plain Afrikaans sentence carries no credit", () => {
    expect(read("Die burgemeester Johan Brink het Dinsdag bedank.").attributions).toEqual([]);
  });
});
