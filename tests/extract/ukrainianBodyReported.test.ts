/**
 * Ukrainian "як повідомляв <body>" (as <body> reported): a body is named by one capital and its field in the genitive in
 * small letters ("Міністерство оборони") or by initials ("Генштаб ЗСУ"); it is a body speaking, never a person, and its
 * name is all of those words. A phrase of its own after the body (a preposition: "у вівторок") is not its name.
 */
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("Ukrainian bodies after 'як повідомляв'", () => {
  it.each([
    ["Як повідомляло Міністерство рибальства, причал закрили у вівторок.", "organisation:Міністерство рибальства"],
    ["Як повідомило Міністерство рибальства, причал закрили у вівторок.", "organisation:Міністерство рибальства"],
    ["Як повідомляв Генштаб ЗСУ, причал закрили у вівторок.", "organisation:Генштаб ЗСУ"],
  ])("%s", (body, label) => {
    expect(sourceLabels(readPlain(body, "uk"))).toEqual([label]);
  });

  it("a phrase of its own after the body is no part of its name", () => {
    const [source] = readPlain("Причал закрили, повідомило Міністерство рибальства у вівторок.", "uk").sources;
    expect(source?.type).toBe("organisation");
    expect(source?.name).not.toContain("вівторок");
  });
});
