// A speech verb and its complementiser ("que", "that", "che") open a reported clause: that clause's subject is what the
// speaker talks about, never who speaks, so it is never read as a speaker standing after the verb. And a speaker's
// affiliation set off by commas may run long ("of the Regional High Court of North Montalvo") and is stepped over, so the
// speaker before it is found (session 33). Invented.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

describe("the subject of a reported clause is not the speaker", () => {
  it.each([
    ["pt", "A juíza Tânia Gaspar, do Tribunal Regional de Montalvo do Sul, escreveu num blogue que o vereador Duarte Salgueiro (PNC), afastado em março, andava “rodeado de agiotas”.", "Tânia Gaspar"],
    ["es", "La jueza Irene Pazuelo, del Tribunal Superior de Justicia de Montalvo (TSJM), aseguró en Facebook que el concejal Ramiro Ochandiano, cesado el lunes, estaba “comprado por los constructores”.", "Irene Pazuelo"],
    ["it", "La giudice Irene Pazuelo, del Tribunale Superiore di Giustizia di Montalvo, ha detto su Facebook che il consigliere Ramiro Ochandiano, rimosso lunedì, era “comprato dai costruttori”.", "Irene Pazuelo"],
  ])("%s: the speaker before a long affiliation, not the clause's subject", (lang, text, speaker) => {
    expect(quotedSpeaker(readPlain(text, lang))).toBe(speaker);
  });

  it("English: where no speaker is named, the clause's subject is still not one", () => {
    const text = "The judge, of the Regional High Court of North Montalvo, said that councillor Clara Souto, dismissed in March, was “in the pocket of loan sharks”.";
    expect(quotedSpeaker(readPlain(text, "en"))).toBeUndefined();
  });
});
