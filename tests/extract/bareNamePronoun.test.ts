// A pronoun speaker after a sentence whose subject is a bare full name ("Olek Varga spoke at a fair in Dunmere on
// Friday. "…," he said.") named no one: only a name read as a source, or given a role, stood for a pronoun (probe 23,
// item 12). A person's full name opening the sentence as its subject now does; a place, an adjective and a noun, or a
// German noun phrase does not. Own invented sentences.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([]);

function speakers(body: string, language: string): (string | undefined)[] {
  const reading = readText(body, registry, { outlet: "Test Daily", language });
  return reading.quotations.filter((q) => q.kind === "quotation").map((q) => reading.sources.find((s) => s.key === q.speaker)?.name);
}

describe("a bare full name as the subject before a pronoun speaker", () => {
  it.each([
    ["en", 'Olek Varga spoke at a fair in Dunmere on Friday. "Nobody should pay twice for the same road," he said.', "Olek Varga"],
    ["en", 'Brenna Toluwe has changed her mind. At a meeting in Dunmere she said: "The road must wait."', "Brenna Toluwe"],
    ["pl", "Olek Warga przemawiał w piątek na targach w Dunmere. „Nikt nie powinien płacić dwa razy za tę samą drogę” – powiedział on.", "Olek Warga"],
  ])("%s: %s", (language, text, who) => {
    expect(speakers(text, language)).toEqual([who]);
  });

  it.each([
    ["en", 'Green Valley lies north of Dunmere. "Nobody should pay twice for the same road," he said.'],
    ["en", 'New Rules came into force on Friday. "Nobody should pay twice for the same road," he said.'],
    ["en", 'Olek Varga\'s stall was closed on Friday. "Nobody should pay twice for the same road," he said.'],
    ["de", "Neue Regeln gelten ab Freitag. Er sagte: „Niemand soll zweimal für dieselbe Straße zahlen.“"],
  ])("names no one from %s: %s", (language, text) => {
    expect(speakers(text, language)).toEqual([undefined]);
  });
});
