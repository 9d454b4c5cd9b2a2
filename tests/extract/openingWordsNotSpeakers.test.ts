/** Words that open a sentence with a capital for their place, and name nobody: an English adverb, a German noun after its article. */
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a sentence-opening adverb is no speaker (English)", () => {
  it.each([
    'Further comments read: "This is a disgrace," and "Send them home."',
    'Further, the harbour master said: "This is a disgrace."',
  ])("%s", (body) => {
    expect(sourceLabels(readPlain(body, "en")).filter((l) => l.startsWith("named:"))).toEqual([]);
  });
});

describe("a German noun after a sentence-opening article is no person's name", () => {
  it.each([
    "Ein Nutzer meinte dazu: „Das ist unerhört.“",
    "Eine Leserin schrieb: „Das ist unerhört.“",
    "Ein Mitglied schrieb: „Das ist unerhört.“",
  ])("%s", (body) => {
    expect(sourceLabels(readPlain(body, "de")).filter((l) => l.startsWith("named:"))).toEqual([]);
  });

  it("still reads a person named after a capitalised article elsewhere in the sentence", () => {
    expect(sourceLabels(readPlain("Ein Sprecher der Stadt, Jonas Kellberg, sagte: „Das ist unerhört.“", "de"))).toContain("named:Jonas Kellberg");
  });
});
