// A broadcast transcript writes who speaks as a label: "NAME SURNAME: "…"", the quotation right after the colon. A probe
// case read no speaker for such a line, so the station that aired the words "credited no one" and an attribution drift
// was told against the paper that named the speaker. The label names the speaker in any language, where the text is a
// transcript or names that person elsewhere; a lone label naming no one stays a heading. Own invented texts.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

describe("a speaker label before a quotation", () => {
  it.each([
    ["es", "PRESENTADORA: Al menos 14 vecinos fueron atendidos esta noche en el centro de salud de Villa Roca, según informó el jefe de guardia, Marcos Ibarra.\n\nMARCOS IBARRA: \"Ninguno de ellos está grave. Esperamos los resultados del laboratorio mañana\"."],
    ["en", "ANCHOR: Fourteen residents were treated overnight at the Rockvale clinic, its duty head, Dana Morrow, told this station.\n\nDANA MORROW: \"None of them is seriously ill. We expect the laboratory results tomorrow.\""],
    ["fr", "Quatorze habitants ont été soignés cette nuit à Rocheval, selon la cheffe de garde, Odile Cassan.\n\nOdile Cassan : « Aucun d'entre eux n'est dans un état grave. Nous attendons les analyses demain. »"],
  ])("gives the labelled person as the speaker of the quotation (%s)", (language, body) => {
    expect(quotedSpeaker(readPlain(body, language))).toMatch(/^(?:Marcos Ibarra|Dana Morrow|Odile Cassan)$/iu);
  });

  it("reads the labels of a transcript as its speakers, the name written nowhere else", () => {
    const body = "TOM REEVE: Good evening from Rockvale.\n\nDANA MORROW: \"None of them is seriously ill.\"\n\nTOM REEVE: Thank you, doctor.";
    const reading = readPlain(body, "en");
    const marked = reading.quotations.find((q) => q.span.text.includes("seriously ill"));
    expect(reading.sources.find((x) => x.key === marked?.speaker)?.name).toBe("Dana Morrow");
  });

  it("reads a dialogue of labelled quotations in ordinary case, each label opening on a given name, as its speakers", () => {
    const reading = readPlain("Mara Quell: “We never saw the ferry's logbook.”\n\nTom Brask: “Then who signed it?”", "en");
    const speakers = reading.quotations.filter((q) => q.kind === "quotation").map((q) => reading.sources.find((x) => x.key === q.speaker)?.name);
    expect(speakers).toEqual(["Mara Quell", "Tom Brask"]);
  });

  it("gives no speaker to labels in ordinary case that open on no given name", () => {
    const reading = readPlain("Breaking News: “All flights out of Rockvale are cancelled.”\n\nLatest Update: “The airport is closed.”", "en");
    expect(reading.sources).toEqual([]);
  });

  it("gives no speaker to a lone heading label that names no one in the text", () => {
    expect(quotedSpeaker(readPlain("BREAKING NEWS: \"All flights out of Rockvale are cancelled until further notice tonight\"\n\nThe airport gave no reason.", "en"))).toBeUndefined();
  });
});
