// Two ways a page made up a person. A picture caption's kicker in capitals before a colon ("BRIDGE CLOSED: …") is written
// as a transcript writes its speaker, and two of them made the page a transcript with the kickers for speakers. A body
// named by its place and a noun written small after it ("Nordby politidistrikt", "Vest og Aust kommune") lost its noun,
// and the first place's name was taken for a person's.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

function sources(body: string, language: string): { name: string; type: string }[] {
  const r = readText(body, createOutletRegistry([]), { outlet: "Fjordbladet", language });
  return r.sources.map((s) => ({ name: s.name, type: s.type }));
}

describe("caption kickers", () => {
  it("name no speaker, though two of them open paragraphs", () => {
    const body = "BRUA STENGT: Brua over elva ble stengt tirsdag. Bildet er fra i fjor.\n\nVegvesenet stengte brua etter flommen.\n\nVENTET I KØ: Bilistene ventet i flere timer ved brua.\n\nDet tok lang tid før noen ventet mindre.";
    expect(sources(body, "no").map((s) => s.name)).toEqual([]);
  });

  it("leave a transcript's speakers in capitals their turns", () => {
    const body = "An interview with Ines Calder, head of the port.\n\nTOM REEVE: Is the port closing?\n\nINES CALDER: Only the north quay, for two weeks.";
    expect(sources(body, "en").map((s) => s.name).sort()).toEqual(["Ines Calder", "Tom Reeve"]);
  });
});

describe("a body named by its place and a noun written small", () => {
  it.each([
    ["– Ingen var i fare, opplyser Nordby politidistrikt i en pressemelding.", "Nordby politidistrikt"],
    ["– Ingen var i fare, opplyser Vest og Aust politidistrikt i en pressemelding.", "Vest og Aust politidistrikt"],
    ["– Skolen åpner igjen, sier Øvre og Nedre Dal kommune i en melding.", "Øvre og Nedre Dal kommune"],
  ])("%s → the body %s", (body, name) => expect(sources(body, "no")).toEqual([{ name, type: "organisation" }]));

  it("leaves a person's name a person's", () => {
    expect(sources("– Ingen var i fare, sier Kari Nordby i en pressemelding.", "no")).toEqual([{ name: "Kari Nordby", type: "named" }]);
  });
});
