// A role, its "of", a place and a person's name with no comma between ("La maire de Villefranche Claire Marchand a
// tweeté", "The mayor of Eastbrook Tom Halvik said") was read as an unnamed source "maire" whose words held the name, or
// as a person "von Nordheim Ilse Brand". The person speaks, with the role and its place, where the words say where the
// place ends: a known given name, a place the gazetteer knows, the name written elsewhere. Own invented texts.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

describe("a role of a place before a person's name, with no comma, is that person", () => {
  it.each([
    ["fr", "Le port a fermé lundi.\n\nLa maire de Villefranche-sur-Lac Claire Marchand a tweeté : « Le port rouvrira jeudi matin. »", "Claire Marchand", "maire de Villefranche-sur-Lac"],
    ["en", "The port closed on Monday.\n\nThe mayor of Eastbrook Tom Halvik said: \"The port will reopen on Thursday morning.\"", "Tom Halvik", "mayor of Eastbrook"],
    ["de", "Der Hafen wurde am Montag geschlossen.\n\nDie Bürgermeisterin von Nordheim Ilse Brand sagte: „Der Hafen öffnet am Donnerstag wieder.“", "Ilse Brand", "Bürgermeisterin von Nordheim"],
    ["es", "El puerto cerró el lunes.\n\nLa alcaldesa de Villaverde Marta Ruiz dijo: «El puerto reabrirá el jueves por la mañana».", "Marta Ruiz", "alcaldesa de Villaverde"],
    ["it", "Il porto è chiuso da lunedì.\n\nIl sindaco di Valdorno Marco Bellini ha detto: «Il porto riaprirà giovedì mattina».", "Marco Bellini", "sindaco di Valdorno"],
    ["pt", "O porto fechou na segunda-feira.\n\nA prefeita de Vale Seco Ana Moura disse: \"O porto reabre na quinta-feira de manhã\".", "Ana Moura", "prefeita de Vale Seco"],
    ["fr", "Le port a fermé lundi.\n\nLe maire de Valbrune Paul Thomas a tweeté : « Le port rouvrira jeudi matin. »", "Paul Thomas", "maire de Valbrune"],
    ["nl", "De haven is sinds maandag dicht.\n\nDe burgemeester van Oosterdam Anna Visser zei: \"De haven gaat donderdag weer open.\"", "Anna Visser", "burgemeester van Oosterdam"],
  ])("%s: the person speaks, with the role and its place", (lang, text, name, role) => {
    const reading = readPlain(text, lang);
    expect(quotedSpeaker(reading)).toBe(name);
    expect(reading.sources.find((s) => s.name === name)?.role).toContain(role);
    expect(sourceLabels(reading).filter((l) => l.startsWith("anonymous:"))).toEqual([]);
  });

  it("splits on the name written elsewhere, where no lexicon knows the given name (fr)", () => {
    const reading = readPlain("Le port a fermé lundi.\n\nLa maire de Villefranche Odile Marchand a déclaré : « Le port rouvrira jeudi matin. »\n\nOdile Marchand a aussi annoncé une réunion.", "fr");
    expect(quotedSpeaker(reading)).toBe("Odile Marchand");
  });

  it("names no one from a place of three words and no evidence of a name (en, control)", () => {
    const reading = readPlain("The port closed on Monday.\n\nThe governor of New South Wales said: \"The port will reopen on Thursday morning.\"", "en");
    expect(sourceLabels(reading).filter((l) => l.startsWith("named:"))).toEqual([]);
  });

  it("keeps the adviser, not the mayor, as who speaks (fr, control)", () => {
    const reading = readPlain("Le port a fermé lundi.\n\nUn conseiller de la maire de Villefranche Claire Marchand a déclaré : « Le port rouvrira jeudi matin. »", "fr");
    expect(quotedSpeaker(reading)).not.toBe("Claire Marchand");
  });
});
