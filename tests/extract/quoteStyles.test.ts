// Quotations as other languages print them, and speakers named after a role or before a comma: each with its speaker.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Reuters", aliases: [], descriptors: [], domains: [], kind: "agency" }]);

function quotes(body: string, language: string): { text: string; speaker?: string }[] {
  const r = readText(body, registry, { outlet: "Test Daily", language });
  const names = new Map(r.sources.map((s) => [s.key, s.name]));
  return r.quotations.filter((q) => q.kind === "quotation").map((q) => ({ text: q.span.text, ...(q.speaker ? { speaker: names.get(q.speaker) } : {}) }));
}

describe("quotation marks of other languages", () => {
  it("reads German reversed guillemets", () => {
    expect(quotes("»Der Kai bleibt zu«, sagte Hafenmeisterin Ilse Brandt.", "de")).toEqual([{ text: "»Der Kai bleibt zu«", speaker: "Ilse Brandt" }]);
  });

  it("reads Spanish dialogue after a dash, closed where the narrator's words begin", () => {
    expect(quotes("—No existe ningún estudio —dijo la portavoz, Nuria Vidal.", "es")).toEqual([{ text: "—No existe ningún estudio", speaker: "Nuria Vidal" }]);
  });

  it("takes no quotation from a paragraph that only opens with a dash", () => {
    expect(quotes("— Reuters\n\nThe port shut on Monday.", "en")).toEqual([]);
  });
});

describe("a role before the name it introduces", () => {
  it.each([
    ["de", "„Es gibt keine Studie“, so der Sprecher Tim Vogel.", "Tim Vogel"],
    ["ru", "«Порт закроется в мае», — заявил представитель порта Иван Петров.", "Иван Петров"],
    ["en", "“We will close in May,” said a spokesman, Ivo Sand.", "Ivo Sand"],
  ])("%s: the person, not an unnamed role", (language, body, speaker) => {
    expect(quotes(body, language)[0]?.speaker).toBe(speaker);
  });

  it("keeps an unnamed role unnamed when no name ends the clause", () => {
    expect(quotes("“We will close in May,” said a spokesman on Monday.", "en")[0]?.speaker).toMatch(/^a spokesman/);
  });
});

describe("a quotation put in a person's mouth without a verb", () => {
  it.each([
    ["fr", "Pour Jean Morel, « c'est une taxe sur les pêcheurs ».", "Jean Morel"],
    ["es", "Según Ana Gil, «el puerto cerrará en mayo».", "Ana Gil"],
    ["en", "According to Mara Lind, \"the port will close in May.\"", "Mara Lind"],
  ])("%s", (language, body, speaker) => {
    expect(quotes(body, language)[0]?.speaker).toBe(speaker);
  });

  it("gives no speaker when the lead names an outlet", () => {
    expect(quotes("According to Reuters, \"the port will close in May and never reopen.\"", "en")[0]?.speaker).toBeUndefined();
  });
});
