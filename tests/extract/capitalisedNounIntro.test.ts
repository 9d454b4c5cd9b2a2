/**
 * Where every noun is capitalised (German), a sentence opening on a known given name and a surname introduces that
 * person, whom a later "sagt er" means; capitalised common nouns opening a sentence introduce no one. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a German sentence opening on a person's name", () => {
  it("introduces the person a following pronoun stands for", () => {
    expect(sourceLabels(readPlain('Jonas Brenner wohnt hier. Er ist aus Velmar geflohen. "Das ist gelogen", sagt er.', "de"))).toEqual(["named:Jonas Brenner"]);
  });

  it.each(["Viele Menschen glauben das.", "Deutsche Bahn verspätet sich."])("introduces no one where common nouns open it: %s", (opening) => {
    expect(sourceLabels(readPlain(`${opening} "Das ist gelogen", sagt er.`, "de"))).toEqual([]);
  });
});
