// A public body after an inverted speech verb ("“…,” said the ministry.", "sagte die Polizei", "ha detto la polizia"),
// a subject between a separable verb's parts ("liet de politie weten", "teilte die Polizei mit") and a name with small
// particles after a role ("said spokesman Jan de Vries"): each had left its quotation with no speaker.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([]);

function speakers(body: string, language: string): (string | undefined)[] {
  const r = readText(body, registry, { outlet: "Test Daily", language });
  return r.quotations.map((q) => r.sources.find((s) => s.key === q.speaker)?.name);
}

describe("the speaker after an inverted verb", () => {
  it.each([
    ["en", '"He was not there," said the ministry.', "ministry"],
    ["en", '"He was not there," said the foreign ministry in a statement.', "foreign ministry"],
    ["de", "„Er war nicht dort“, sagte die Polizei.", "Polizei"],
    ["fr", "« Il n'était pas là », a indiqué la police.", "police"],
    ["es", '"No estaba allí", dijo la policía.', "policía"],
    ["it", '"Non era lì", ha detto la polizia.', "polizia"],
    ["nl", '"Hij was er niet", liet de politie weten.', "politie"],
    ["de", "„Er war nicht dort“, teilte die Polizei mit.", "Polizei"],
    ["nl", '"Hij was er niet", liet woordvoerder Jan de Vries weten.', "Jan de Vries"],
    ["nl", '"Hij was er niet", zei woordvoerder Jan de Vries.', "Jan de Vries"],
    ["en", '"He was not there," said spokesman Jan de Vries.', "Jan de Vries"],
  ])("%s: %s → %s", (language, body, who) => {
    expect(speakers(body, language)).toEqual([who]);
  });

  it("gives a body named with its article before the verb and after it one source (Die Polizei sagte … / sagte die Polizei)", () => {
    const r = readText("Die Polizei sagte, der Club sei leer gewesen. „Er war nicht dort“, sagte die Polizei.", registry, { outlet: "Test Daily", language: "de" });
    expect(r.sources.map((s) => [s.type, s.name])).toEqual([["organisation", "Polizei"]]);
  });

  it("reads no body where the phrase goes on as a clause of its own (said the ministry would …)", () => {
    expect(speakers('"It is over," said the ministry would not comment.', "en")).not.toContain("ministry");
  });
});
