// A connective adverb between a speaker and the speech verb ("however", "meanwhile"; French "a cependant déclaré",
// Italian "ha tuttavia detto") is the sentence's link to what came before, never part of the speaker: the speaker is
// still read, and its label holds no connective (session 33). Invented sentences.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

describe("a connective between the speaker and the verb", () => {
  it.each([
    ["en", "A ferry spokesperson however said: \"Crossings will run every hour until the new bridge is finished.\"", "A ferry spokesperson"],
    ["en", "A ferry spokesperson meanwhile told reporters: \"Crossings will run every hour until the new bridge is finished.\"", "A ferry spokesperson"],
    ["en", "A spokesperson for the ferry line however has since rejected the rumours, telling the Valley Ledger: \"Crossings will run every hour until the bridge is finished.\"", "A spokesperson for the ferry line"],
    ["fr", "Une porte-parole de la compagnie a cependant déclaré : « Les traversées continueront toutes les heures jusqu’à la fin des travaux. »", "Une porte-parole de la compagnie"],
    ["fr", "« Les traversées continueront toutes les heures jusqu’à la fin des travaux », a toutefois déclaré une porte-parole.", "une porte-parole"],
    ["it", "Una portavoce della compagnia ha tuttavia detto: «Le corse continueranno ogni ora fino alla fine dei lavori».", "Una portavoce della compagnia"],
    ["it", "Una portavoce della compagnia ha però spiegato: «Le corse continueranno ogni ora fino alla fine dei lavori».", "Una portavoce della compagnia"],
  ])("%s: %s", (lang, text, speaker) => {
    expect(quotedSpeaker(readPlain(text, lang))).toBe(speaker);
  });
});
