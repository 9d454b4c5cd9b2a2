// Slovak had no reading data and fell back to English: no speaker after a quotation's "povedal hovorca …", no person
// after a role and its organisation in the genitive, no "podľa portálu X" or "ako píše denník X" credit, no police
// speaking on its Facebook page, and no debunking word ("hoax", "nie je pravda", "dezinformácia"). Texts and names invented.
import { describe, expect, it } from "vitest";
import { debunkCues } from "../../src/analyse/stance.ts";
import { framesFor } from "../../src/extract/frames/index.ts";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

const read = (body: string) => readPlain(body, "sk");

describe("sk: speakers and credits", () => {
  it("has data of its own", () => {
    expect(framesFor("sk-SK").language).toBe("sk");
  });
  it("a speaker after a quotation, with a role and its organisation in the genitive", () => {
    const reading = read("„Lávka je úplne bezpečná,“ povedal hovorca mestskej polície Ondrej Kubina.");
    expect(sourceLabels(reading)).toEqual(["named:Ondrej Kubina"]);
    expect(quotedSpeaker(reading)).toBe("Ondrej Kubina");
  });
  it("a speaker before the verb, in the feminine past of an irregular verb", () => {
    expect(sourceLabels(read("Starostka Lenka Murínová uviedla, že obchvat otvoria v júni."))).toEqual(["named:Lenka Murínová"]);
  });
  it("the police speaking on a platform", () => {
    const reading = read("„Nič z toho sa nestalo,“ napísala polícia na Facebooku.");
    expect(quotedSpeaker(reading)).toMatch(/^[Pp]olícia$/u);
  });
  it("an outlet after 'podľa informácií portálu' and 'ako píše denník'", () => {
    expect(read("Podľa informácií portálu Tatranský Posol most uzavreli už v noci.").attributions.map((a) => a.outletName)).toEqual(["Tatranský Posol"]);
    expect(read("Ako píše denník Večerná Hlinka, obchvat otvoria v júni.").attributions.map((a) => a.outletName)).toEqual(["Večerná Hlinka"]);
  });
  it("an outlet told ('pre denník X') and an agency that reported it ('informovala o tom agentúra X')", () => {
    expect(read("„Obchvat otvoríme v júni,“ povedala pre denník Horský Hlas starostka Lenka Murínová.").attributions.map((a) => a.outletName)).toEqual(["Horský Hlas"]);
    expect(read("Most cez Hlinku uzavreli, informovala o tom agentúra SLAP.").attributions.map((a) => a.outletName)).toEqual(["SLAP"]);
  });
  it("an unnamed source", () => {
    expect(sourceLabels(read("„Obchvat otvoria v júni,“ povedal zdroj z ministerstva."))).toEqual(["anonymous:zdroj z ministerstva"]);
  });
  it("debunking words", () => {
    for (const text of ["Správa o utopenom vlaku je hoax.", "Nič z toho nie je pravda.", "Ministerstvo to označilo za dezinformáciu.", "Hovorca správu vyvrátil."]) {
      expect(debunkCues(text, "sk").length).toBeGreaterThan(0);
    }
  });
  it("a plain Slovak sentence carries no credit", () => {
    expect(read("Starosta Ivan Hrubý v utorok odstúpil z funkcie.").attributions).toEqual([]);
  });
});
