/** Words an editor sets into a quotation, in square brackets or one word in round ones, are not the speaker's (invented texts). */
import { describe, expect, it } from "vitest";
import { compareWording } from "../../src/align/quoteWording.ts";

function compare(earlier: string, later: string, language?: string) {
  return compareWording(earlier, [{ start: 0, end: earlier.length }], later, [{ start: 0, end: later.length }], language);
}

describe("an editor's insertion is no change of a quotation's words", () => {
  it.each([
    ["one word in round brackets at a sentence's start", "We checked every case. Those arrested -- none was a smuggler", "We checked every case. (Of) those arrested, none was a smuggler", "en"],
    ["words in square brackets", "the ferry will sail again before the winter storms", "the ferry will sail again [from Port Lessing] before the winter storms", "en"],
    ["a word in square brackets in French", "la mairie a fermé le port sans prévenir les pêcheurs", "la mairie a fermé le port [mardi] sans prévenir les pêcheurs", "fr"],
  ])("reads %s as the same words", (_, earlier, later, language) => {
    const c = compare(earlier, later, language);
    expect(c?.same).toBe(true);
    expect(c?.changes).toEqual([]);
  });

  it("still reads a word swapped outside brackets as a change", () => {
    expect(compare("the ferry will sail again before the winter storms", "the ferry will sail again after the winter storms", "en")?.same).toBe(false);
  });

  it("reads two editors' different insertions as a change", () => {
    expect(compare("the ferry will sail again [from Port Lessing] before the storms", "the ferry will sail again [from Harrow Bay] before the storms", "en")?.same).toBe(false);
  });
});
