// Speakers a careful reader finds that the reading got wrong, each in a sentence of our own with invented people and
// outlets: a title of many capitalised words written onto a full name after the verb ("said Velmar Navy Assistant
// Secretary Anna Maria Koster"), which the name pattern cut after six words; and whom an unnamed source told, after
// it ("dijo un portavoz del ministerio a Radio Velmar", "sagte ein Sprecher des Ministeriums der Zeitung X"), which
// ran into the source's phrase or was read as a person with the source's phrase as role; and a body's name after a
// role noun, a preposition and an article ("A spokesperson for the Evening Lark told …"), read as a person with the
// role "spokesperson for the".
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { quotedSpeaker, readText } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "Kellbacher Echo", aliases: [], descriptors: [], domains: [], kind: "newspaper" },
  { name: "Velmdienst", aliases: [], descriptors: [], domains: [], kind: "agency" },
]);

function speaker(language: string, body: string): { name: string | undefined; role: string | undefined } {
  const reading = readText(body, registry, { outlet: "Test Daily", language });
  const name = quotedSpeaker(reading);
  return { name, role: reading.sources.find((s) => s.name === name)?.role };
}

describe("a title of many words written onto a full name", () => {
  it.each([
    ["\"We saw nothing,\" said Velmar Navy Assistant Secretary Anna Maria Koster on Monday.", "Anna Maria Koster", "Velmar Navy Assistant Secretary"],
    ["\"We saw nothing,\" said Harbour Deputy Port Captain Anna Koster.", "Anna Koster", "Harbour Deputy Port Captain"],
    ["\"We saw nothing,\" said Infrastructure Minister Hendrika Valkhof.", "Hendrika Valkhof", "Infrastructure Minister"],
  ])("%j", (body, name, role) => {
    expect(speaker("en", body)).toEqual({ name, role });
  });

  it("keeps a run of capitalised words with no role noun in it as read", () => {
    expect(speaker("en", "\"We saw nothing,\" said Velmar Harbour Board Green Field Anna Koster.").role).toBeUndefined();
  });
});

describe("whom an inverted speaker told, after the speaker", () => {
  it.each([
    ["es", "«No sabemos nada», dijo un portavoz del ministerio a Radio Velmar.", "un portavoz del ministerio"],
    ["es", "«No sabemos nada», dijo un portavoz del ministerio a la emisora Radio Velmar.", "un portavoz del ministerio"],
    ["fr", "« Nous ne savons rien », a déclaré un porte-parole du ministère à l’AFP.", "un porte-parole du ministère"],
    ["it", "«Non sappiamo nulla», ha detto un portavoce del ministero all’ANSA.", "un portavoce del ministero"],
    ["nl", "\"We weten niets,\" zei een woordvoerder van het ministerie tegen de krant Velmar Dagblad.", "een woordvoerder van het ministerie"],
    ["de", "„Wir wissen nichts“, sagte ein Sprecher des Ministeriums der Zeitung „Kellbacher Echo“.", "ein Sprecher des Ministeriums"],
    ["de", "„Wir wissen nichts“, sagte ein Sprecher der Polizei dem Sender Radio Velm.", "ein Sprecher der Polizei"],
    ["de", "„Wir wissen nichts“, sagte ein Sprecher des Ministeriums der Velmdienst.", "ein Sprecher des Ministeriums"],
  ])("%s: %j", (language, body, name) => {
    expect(speaker(language, body).name).toBe(name);
  });

  it("reads a case article right after a source noun as its genitive, and one before no outlet as the tail's", () => {
    expect(speaker("de", "„Wir wissen nichts“, sagte ein Sprecher der Zeitung.").name).toBe("ein Sprecher der Zeitung");
    expect(speaker("de", "„Wir wissen nichts“, sagte ein Sprecher des Ministeriums der Stadt Velm.").name).toBe("ein Sprecher des Ministeriums der Stadt Velm");
  });

  it("keeps a body's name that a preposition runs through when the words go on after it", () => {
    expect(speaker("es", "«No sabemos nada», dijo el presidente de la Asociación de Ayuda a Refugiados, Juan Pérez.")).toEqual({
      name: "Juan Pérez",
      role: "el presidente de la Asociación de Ayuda a Refugiados",
    });
  });
});

describe("a name after a preposition and an article before the verb", () => {
  it("is the body an unnamed role holder speaks for, never a person", () => {
    const body = 'A spokesperson for the Evening Lark told Quillon News, "The Lark believes it covered this story well."';
    const reading = readText(body, registry, { outlet: "Test Daily", language: "en" });
    expect(quotedSpeaker(reading)).toBe("A spokesperson for the Evening Lark");
    expect(reading.sources.filter((s) => s.type === "named")).toEqual([]);
  });

  it("names nobody where no role or source noun holds it", () => {
    const reading = readText('Fans of the Evening Lark said: "We read it daily."', registry, { outlet: "Test Daily", language: "en" });
    expect(reading.sources.filter((s) => s.type === "named")).toEqual([]);
  });

  it("keeps a role written before a full name", () => {
    expect(speaker("en", '"We are open," said Harbour minister Anna Berg.')).toEqual({ name: "Anna Berg", role: "Harbour minister" });
  });
});
