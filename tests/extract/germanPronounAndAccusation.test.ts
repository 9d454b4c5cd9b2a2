// German speakers, in texts of our own (names invented): a person introduced as a sentence's subject with an article and
// an adjective before the role ("Die erfahrene Hafenmeisterin Ilse Brandt …") is who "Sie sagte: „…“" in the next
// sentence means; an accusation ("X wirft den Behörden vor, „…“") quotes its maker, never whom it accuses.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const speakers = (body: string) => {
  const r = readText(body, createOutletRegistry([]), { outlet: "Test Daily", language: "de" });
  return r.quotations.map((q) => r.sources.find((s) => s.key === q.speaker)?.name);
};

describe("German: a pronoun after a subject described by an adjective before its role", () => {
  it.each([
    ["Die erfahrene Hafenmeisterin Ilse Brandt hat den Plan verteidigt. Sie sagte: „Der Kai reicht für zwei Fähren.“", ["Ilse Brandt"]],
    ["Der neue Bürgermeister Tilo Marschner reiste nach Kiel. Er sagte dort: „Wir bauen die Schleuse selbst.“", ["Tilo Marschner"]],
  ])("%s", (body, expected) => {
    expect(speakers(body)).toEqual(expected);
  });

  it("steps over no role in small letters: the capitalised words after it are its complement, no one who speaks", () => {
    const r = readText("Hélène Marchal avait été invitée sur Radio Littoral. La présidente du Cercle Nautique-Régional exposait son point de vue. Elle dit : « Nous refusons ce tracé. »", createOutletRegistry([]), { outlet: "Test Daily", language: "fr" });
    expect(r.quotations.map((q) => r.sources.find((s) => s.key === q.speaker)?.name)).toEqual(["Hélène Marchal"]);
  });
});

describe("German: 'wirft … vor' quotes the accuser", () => {
  it.each([
    ["Umweltministerin Carla Wendt wirft den Werften vor, „die Auflagen umgangen“ zu haben.", ["Carla Wendt"]],
    ["Später warf Wendt den Werften vor, „jede Frist verschleppt“ zu haben.", ["Wendt"]],
    // The phrase before the verb is its subject; the one between the verb's parts is whom it accuses, no speaker.
    ["Die Opposition wirft der Landesregierung vor, „die Küste vergessen“ zu haben.", [undefined]],
  ])("%s", (body, expected) => {
    expect(speakers(body)).toEqual(expected);
  });
});
