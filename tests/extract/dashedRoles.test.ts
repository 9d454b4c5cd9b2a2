// A speaker named before a role set off by dashes, and English speech verbs in the present ("states", "explains"),
// as a profile or an analysis writes them. Own invented sentences.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Coast Post", aliases: [], descriptors: [], domains: [], kind: "newspaper" }]);

function sources(body: string): { name: string; role?: string }[] {
  return readText(body, registry, { outlet: "Test Daily", language: "en" }).sources.map((s) => ({ name: s.name, ...(s.role ? { role: s.role } : {}) }));
}

describe("speakers with a role set off by dashes", () => {
  it.each([
    'Tomas Ferreira - the editor of the Coast Post\'s morning newsletter said: "Everyone read it twice."',
    'Tomas Ferreira – the editor of the Coast Post\'s morning newsletter – said: "Everyone read it twice."',
    'Tomas Ferreira — the editor of the Coast Post\'s morning newsletter — told reporters: "Everyone read it twice."',
  ])("names the person before the dash, with the role: %s", (text) => {
    expect(sources(text)).toEqual(expect.arrayContaining([{ name: "Tomas Ferreira", role: expect.stringContaining("editor") }]));
  });

  it("makes no speaker of words between dashes that hold no role", () => {
    const found = sources('Fares rose again - for the third time this year - said: "Enough."');
    expect(found.map((s) => s.name)).not.toContain("Fares");
  });
});

describe("English speech verbs in the present", () => {
  it.each(["states that", "explains that", "writes that", "insists that"])("reads a named speaker of '%s'", (verb) => {
    expect(sources(`Arts editor Dora Quintana ${verb} "the harbour has never looked better."`).map((s) => s.name)).toContain("Dora Quintana");
  });

  it("never reads a capitalised word inside a name as a verb ('the President of the United States.')", () => {
    const found = sources('Posts claimed the cardinal would back the President of United States. "He is our man," one post read.');
    expect(found.map((s) => s.name)).not.toEqual(expect.arrayContaining([expect.stringMatching(/United/)]));
  });
});

describe("a role noun before a name after the verb, with more of the clause after the name", () => {
  const read = (body: string, language: string) => {
    return readText(body, registry, { outlet: "Test Daily", language }).sources.map((s) => ({ name: s.name, type: s.type }));
  };
  it.each([
    ["de", "„Die Zahl der Liegeplätze ist falsch“, sagte Hafensprecher Konrad Vellmer am Donnerstag in Velmar."],
    ["de", "„Die Zahl der Liegeplätze ist falsch“, sagte der Hafensprecher Konrad Vellmer am Donnerstag in Velmar."],
    ["en", "\"The berth figure is wrong,\" said harbour spokesman Konrad Vellmer on Thursday in Velmar."],
  ])("names the person, not an unnamed spokesman (%s): %s", (language, text) => {
    const found = read(text, language);
    expect(found).toEqual(expect.arrayContaining([{ name: "Konrad Vellmer", type: "named" }]));
    expect(found.some((s) => s.type === "anonymous")).toBe(false);
  });

  it("keeps 'said the spokesman on Monday' an unnamed spokesman", () => {
    expect(read("\"The berth figure is wrong,\" said the spokesman on Monday.", "en").map((s) => s.type)).toEqual(["anonymous"]);
  });

  it.each([
    ["de", "„Die Kurse bleiben“, sagte die Abgeordnete Eva Rothmund-Vell (Grüne)."],
    ["en", "\"The berths stay,\" said councillor Eva Rothmund-Vell (Greens) on Monday."],
  ])("reads the name before a bracketed party tag (%s): %s", (language, text) => {
    expect(read(text, language).map((s) => s.name)).toContain("Eva Rothmund-Vell");
  });
});
