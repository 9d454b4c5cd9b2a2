/**
 * "the actor said": a definite noun as an inverted or fronted subject refers back to the person the article introduced
 * with that noun right before their full name ("the actor Nick Petrakis"), whether or not the language's role list holds
 * the noun. Not a noun of bodies, and not where the name was an outlet or a place. Invented names and text.
 */
import { describe, expect, it } from "vitest";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import { quotedSpeaker, readText } from "./helpers.ts";

const registry = await loadDefaultRegistry();
const speaker = (text: string, language: string) => quotedSpeaker(readText(text, registry, { outlet: "Harbour Daily", language }));

describe("a noun the article put before a person's name is their role", () => {
  it.each([
    ["en", "The actor Nick Petrakis denied the report that he was in hospital.\n\n\"Some people write whatever they want,\" the actor stressed.", "Nick Petrakis"],
    ["en", "The puppeteer Mara Lindqvist and the singer Tom Ekberg spoke after the show.\n\n\"We never planned a farewell,\" the puppeteer said.", "Mara Lindqvist"],
    ["el", "Ο ηθοποιός Νίκος Πετράκης διέψευσε την είδηση ότι νοσηλεύεται.\n\n«Κάποιοι γράφουν ό,τι θέλουν» υπογράμμισε ο ηθοποιός.", "Νίκος Πετράκης"],
    ["el", "Ο ηθοποιός Νίκος Πετράκης διέψευσε την είδηση ότι νοσηλεύεται.\n\n«Κάποιοι γράφουν ό,τι θέλουν», τόνισε ο ηθοποιός.", "Νίκος Πετράκης"],
  ])("%s: %#", (language, text, expected) => expect(speaker(text, language)).toBe(expected));

  it("not a noun no one was introduced with", () => {
    expect(speaker("Nick Petrakis denied the report.\n\n\"Some people write whatever they want,\" the actor stressed.", "en")).toBeUndefined();
  });

  it("not a word that describes another noun (a French adjective after its noun)", () => {
    const text = "Une fausse nouvelle annonçait la mort du président valdorien Paul Marin.\n\nLe gouvernement valdorien précise en outre que le chef de l'Etat demeure « attentif à la vie nationale ».";
    expect(speaker(text, "fr")).toBeUndefined();
  });

  it("not where the name after the noun is no person's", () => {
    expect(speaker("The band Silver Lake cancelled its tour on Monday.\n\n\"We never planned a farewell,\" the band said.", "en")).not.toBe("Silver Lake");
  });
});
