// An adverb between an inverted speech verb and its speaker ("«…», dijo entonces Ferrán.", "a ajouté ensuite X", "ha
// aggiunto poi X", "disse então X") is the verb's, and the speaker is read after it (session 33). And a quotation that
// opens the next paragraph with a tag of its own whose subject is no source ("…», señala una parte del folleto.") is
// no one's, never the previous paragraph's speaker carried on. Invented sentences and names.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

describe("an adverb between an inverted verb and its speaker", () => {
  it.each([
    ["es", "«Nadie me avisó de que la feria se cancelaba, me enteré por los vecinos», dijo entonces Ferrán.", "Ferrán"],
    ["es", "«Nadie me avisó de que la feria se cancelaba, me enteré por los vecinos», contó después Ferrán.", "Ferrán"],
    ["fr", "« Personne ne m’a prévenu que la foire était annulée », a ajouté ensuite Ferrán.", "Ferrán"],
    ["it", "«Nessuno mi ha avvisato che la fiera era annullata», ha aggiunto poi Ferrán.", "Ferrán"],
    ["pt", "\"Ninguém me avisou de que a feira tinha sido cancelada\", disse então Ferrán.", "Ferrán"],
  ])("%s: %s", (lang, text, speaker) => {
    expect(quotedSpeaker(readPlain(text, lang))).toBe(speaker);
  });

  it("reads no name where none follows the adverb", () => {
    expect(quotedSpeaker(readPlain("«Todo sigue en orden, no hay motivo de alarma», dijo entonces a los vecinos del barrio.", "es"))).toBeUndefined();
  });
});

describe("a quotation opening a paragraph with its own tag", () => {
  it("is not carried on from the speaker of the paragraph before", () => {
    const text = "«Nadie me avisó de que la feria se cancelaba, me enteré por los vecinos», dijo entonces Ferrán.\n\n«Quien compre hoy una entrada recibirá dos vales para el año que viene», señala una parte del folleto.";
    const reading = readPlain(text, "es");
    const second = reading.quotations.filter((q) => q.kind === "quotation")[1];
    expect(second).toBeDefined();
    expect(second?.speaker).toBeUndefined();
  });
});
