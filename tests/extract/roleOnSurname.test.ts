/**
 * A capitalised role before the surname of a person the article has already named ("Tom Vale … President Vale said") is
 * that person with the role, one source, not a second person called "President Vale"; across a case, "President Vale"
 * in one article and "Vale" in another are one person. Invented texts.
 */
import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/clean/types.ts";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import { resolveReadings } from "../../src/extract/resolve.ts";
import { paragraphSpans, readPlain } from "./helpers.ts";

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

describe("a role written onto a surname, across the articles of a case", () => {
  const registry = createOutletRegistry([]);
  const article = (body: string, id: string): CleanArticle => ({ meta: { id, file: `${id}.md`, format: "markdown", outlet: `Paper ${id}`, language: "en" }, text: body, body, paragraphs: paragraphSpans(body), kept: [], removed: [], creditLines: [] });
  const people = (...bodies: string[]): Set<string> => {
    const cleaned = bodies.map((b, i) => article(b, `a${i}`));
    return new Set(resolveReadings(cleaned.map((c) => readArticle(c, registry)), cleaned).flatMap((r) => r.sources.filter((s) => s.type === "named").map((s) => s.key)));
  };

  it("is one person with the surname another article writes alone", () => {
    expect(people('President Vale said that help would arrive.', 'Tom Vale spoke on Monday. "We are ready," Vale said.').size).toBe(1);
  });

  it("is one person with the full name another article gives, where a role noun opens the name and no role was read", () => {
    expect(people("President Vale on Sunday tried to clarify his remark.  \"We are ready,\" said President Vale.", '"We are ready," Tom Vale said.', 'Vale told reporters that help would arrive.').size).toBe(1);
  });

  it("keeps two people apart where the surname is not the same", () => {
    expect(people('President Vale said that help would arrive.', '"We are ready," Tom Varga said.').size).toBe(2);
  });
});
