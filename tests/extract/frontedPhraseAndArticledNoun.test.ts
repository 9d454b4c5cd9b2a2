// Sources no text names as people: in a verb-second language a phrase opening on a preposition put before the speech
// verb ("Till Radio Norrvik säger …") was read as a person called "Till Radio Norrvik", and the speaker after the verb
// was lost; a German noun after an article and words in small letters or figures ("über eine 120 kg schwere Frau")
// was read as a person called "Frau". Own invented texts, outlets and people.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a phrase opening on a preposition before the verb of a verb-second language is no speaker", () => {
  it.each([
    ["sv", "Bron över älven i Norrvik stängdes i går.\n\nNu ändrar kommunen sig. Till Radio Norrvik säger Karin Lundqvist, teknisk chef på kommunen, att bron kan öppnas igen.", "named:Karin Lundqvist"],
    ["no", "Brua over elva i Nordvik ble stengt i går.\n\nNå snur kommunen. Til Radio Nordvik sier Kari Lund, teknisk sjef i kommunen, at brua kan åpnes igjen.", "named:Kari Lund"],
    ["da", "Broen over åen i Nordby blev lukket i går.\n\nNu vender kommunen. Til Radio Nordby siger Karen Lund, teknisk chef i kommunen, at broen kan åbnes igen.", "named:Karen Lund"],
    ["nl", "De brug in Noordwijkerveen is dicht.\n\nTegen Radio Noordveen zegt Els Bakker, wethouder, dat de brug snel opengaat.", "named:Els Bakker"],
    ["de", "Die Brücke in Nordheim wurde gestern gesperrt.\n\nGegenüber Radio Nordheim sagte Karin Lang, Leiterin des Bauamts, die Brücke werde bald wieder geöffnet.", "named:Karin Lang"],
  ])("reads the name after the verb as the speaker (%s)", (language, body, speaker) => {
    expect(sourceLabels(readPlain(body, language))).toEqual([speaker]);
  });

  it.each([
    ["nl", "De brug in Noordwijkerveen is dicht.\n\nVan Dijk zegt dat de brug snel opengaat.", "named:Van Dijk"],
    ["de", "Die Brücke in Nordheim ist gesperrt.\n\nVon Berg sagte, die Brücke werde bald geöffnet.", "named:Von Berg"],
  ])("keeps a surname opening on a particle the language writes inside names (%s, control)", (language, body, speaker) => {
    expect(sourceLabels(readPlain(body, language))).toEqual([speaker]);
  });

  it("still reads a speaker before the verb with the outlet after it (sv, control)", () => {
    const reading = readPlain("Bron i Norrvik är stängd.\n\nKarin Lundqvist säger till Radio Norrvik att bron öppnar snart.", "sv");
    expect(sourceLabels(reading)).toEqual(["named:Karin Lundqvist"]);
  });
});

describe("a German noun after an article and words in small letters or figures is a common noun", () => {
  it.each([
    "Ein Foto aus Nordheim macht die Runde.\n\nDas Blatt hatte über eine 120 kg schwere Frau berichtet, die angeblich Zwillinge bekam.",
    "Ein Foto aus Nordheim macht die Runde.\n\nEin Portal hat über einen sehr alten Mann berichtet, der im Wald leben soll.",
  ])("reads no person from the noun: %s", (body) => {
    expect(sourceLabels(readPlain(body, "de"))).toEqual([]);
  });

  it("still reads a surname after an article used as a pronoun and a speech verb (control)", () => {
    expect(sourceLabels(readPlain("Die Brücke in Nordheim ist gesperrt.\n\nDas bestätigte Lindner am Montag.", "de"))).toEqual(["named:Lindner"]);
  });
});
