// A quotation credited by a verb of posting ("tweeted", "tuiteó", "publicou", "twitterte", "ha twittato", "a posté",
// "tweette", "twittrade") had no speaker: the verbs were no speech verbs, so the words after them named no one and
// attribution drift counted the printing as crediting no one. Own invented texts.
import { describe, expect, it } from "vitest";
import { creditedBySpeechVerb } from "../../src/extract/reportedSpeech.ts";
import { quotedSpeaker, readPlain } from "./helpers.ts";

describe("a verb of posting credits a quotation to its writer", () => {
  it.each([
    ["en", "The port closed on Monday.\n\n\"The port will reopen on Thursday morning,\" Mayor Tom Halvik tweeted.", "Tom Halvik"],
    ["es", "El puerto cerró el lunes.\n\n«El puerto reabrirá el jueves por la mañana», tuiteó la alcaldesa Marta Ruiz.", "Marta Ruiz"],
    ["pt", "O porto fechou na segunda-feira.\n\n\"O porto reabre na quinta-feira de manhã\", publicou a prefeita Ana Moura.", "Ana Moura"],
    ["de", "Der Hafen wurde am Montag geschlossen.\n\n„Der Hafen öffnet am Donnerstag wieder“, twitterte Bürgermeisterin Ilse Brand.", "Ilse Brand"],
    ["it", "Il porto è chiuso da lunedì.\n\n«Il porto riaprirà giovedì mattina», ha twittato il sindaco Marco Bellini.", "Marco Bellini"],
    ["fr", "Le port a fermé lundi.\n\n« Le port rouvrira jeudi matin », a posté le maire Paul Thomas.", "Paul Thomas"],
    ["nl", "De haven is sinds maandag dicht.\n\n\"De haven gaat donderdag weer open\", tweette burgemeester Anna Visser.", "Anna Visser"],
    ["sv", "Hamnen stängdes i måndags.\n\n\"Hamnen öppnar igen på torsdag\", twittrade kommunalrådet Karin Lund.", "Karin Lund"],
  ])("%s", (lang, text, name) => {
    expect(quotedSpeaker(readPlain(text, lang))).toBe(name);
  });

  it("counts a printing a verb of posting credits as crediting someone, even unresolved (es)", () => {
    const body = "«El puerto reabrirá el jueves por la mañana», tuiteó una usuaria.";
    expect(creditedBySpeechVerb(body, [{ start: 0, end: body.length, text: body }], { start: 0, end: 46 }, "es")).toBe(true);
  });
});
