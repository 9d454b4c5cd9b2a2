// A role written with its article and a capital (German nouns), after an inverted speech verb: the article goes with
// the role, never stands for it. Own invented sentences.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([]);

function read(body: string, language: string) {
  const reading = readText(body, registry, { outlet: "Test Daily", language });
  return { sources: reading.sources.map((s) => ({ name: s.name, type: s.type, ...(s.role ? { role: s.role } : {}) })), speakers: reading.quotations.filter((q) => q.kind === "quotation").map((q) => q.speaker) };
}

describe("a capitalised role with its article after the verb", () => {
  it.each([
    ["„Die Fähre fährt im Winter nicht“, sagte die Abgeordnete Lene Harbusch.", { name: "Lene Harbusch", type: "named", role: "die Abgeordnete" }],
    ["„Die Fähre fährt im Winter nicht“, sagte die Abgeordnete Lene Harbusch (Linke).", { name: "Lene Harbusch", type: "named", role: "die Abgeordnete" }],
    ["„Die Fähre fährt im Winter nicht“, erklärte der Hafensprecher Ole Brandes am Montag.", { name: "Ole Brandes", type: "named", role: "der Hafensprecher" }],
  ])("reads the article as the role's, not as the role: %s", (text, expected) => {
    const { sources } = read(text, "de");
    expect(sources).toEqual([expected]);
  });

  it.each(["„Die Fähre fährt im Winter nicht“, sagte die Sprecherin.", "„Die Fähre fährt im Winter nicht“, so die Sprecherin.", "„Die Fähre fährt im Winter nicht“, sagte die Sprecherin am Montag."])(
    "keeps an unnamed spokeswoman unnamed, with her noun: %s",
    (text) => {
      const { sources } = read(text, "de");
      expect(sources).toHaveLength(1);
      expect(sources[0]?.type).toBe("anonymous");
      expect(sources[0]?.name).toMatch(/Sprecherin/u);
      expect([sources[0]?.name, sources[0]?.role]).not.toContain("die");
    },
  );
});
