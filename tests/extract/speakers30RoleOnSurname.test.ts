/**
 * A capitalised role before the surname of a person the article has already named ("Tom Vale … President Vale said") is
 * that person with the role, one source, not a second person called "President Vale". Invented texts.
 */
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const people = (text: string, language: string) => readPlain(text, language).sources.map((s) => [s.name, s.role ?? null]);

describe("a role before a named person's surname", () => {
  it.each([
    ["en", 'Tom Vale spoke on Monday. President Vale said that help would arrive. "We are ready," Vale said.', [["Tom Vale", "President"]]],
    ["pl", "Jan Wirski przyjechał do Gdyni. Prezydent Wirski powiedział, że pomoc dotrze na czas.", [["Jan Wirski", "Prezydent"]]],
    ["ru", "Игорь Ветлугин выступил в понедельник. Президент Ветлугин заявил, что помощь придёт вовремя.", [["Игорь Ветлугин", "Президент"]]],
  ])("%s: is that person: %s", (language, text, expected) => {
    expect(people(text, language)).toEqual(expected);
  });

  it("keeps a role word and a name nobody was given whole, as a firm's name may be", () => {
    expect(people("General Motors said that the plant would close.", "en")).toEqual([["General Motors", null]]);
  });
});
