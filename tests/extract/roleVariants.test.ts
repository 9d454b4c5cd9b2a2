// Grammar 21, class 3: speech reported at one remove by a role in other words than the title the article gave ("Pope
// …", then "the pontiff was claimed to have said") had no speaker; and a role followed by its own verb after a speech
// verb ("claimed the mayor had resigned") was read as the verb's inverted speaker. Invented texts.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

const QUOTE = "\"Walls will not protect us from our own fear of each other,\"";
const speaker = (text: string): string | undefined => quotedSpeaker(readPlain(text, "en"));

describe("a role in other words names the one person the article so titled", () => {
  it.each([
    [`Pope Clement Marrow visited Tessby on Sunday. ${QUOTE} the pontiff was claimed to have said.`, "Clement Marrow"],
    [`Pope Clement Marrow visited Tessby on Sunday. ${QUOTE} the pontiff is alleged to have said.`, "Clement Marrow"],
    [`Pope Clement Marrow visited Tessby on Sunday. ${QUOTE} the pontiff was quoted as saying.`, "Clement Marrow"],
    [`Bishop Anna Lind visited Tessby on Sunday. ${QUOTE} the prelate said.`, "Anna Lind"],
  ])("%s", (text, name) => {
    expect(speaker(text)).toBe(name);
  });
});

describe("controls", () => {
  it("two people so titled: the role names neither", () => {
    expect(speaker(`Pope Clement Marrow met Pope Urban Vell on Sunday. ${QUOTE} the pontiff was quoted as saying.`)).toBeUndefined();
  });
  it("nobody so titled: nobody", () => {
    expect(speaker(`Clement Marrow visited Tessby on Sunday. ${QUOTE} the pontiff said.`)).toBeUndefined();
  });
  it("a name near the noun is no title's holder", () => {
    expect(speaker(`Pope Clement - Photo Vell Agency. ${QUOTE} the pontiff was claimed to have said.`)).toBe("Pope Clement");
    expect(speaker(`A blog claimed the pontiff had praised Tom Vell. ${QUOTE} the pontiff was claimed to have said.`)).toBeUndefined();
  });
  it("a role followed by its own verb is what was said, not who said it", () => {
    expect(sourceLabels(readPlain("Mayor Ines Calder met the board on Monday. A blog claimed the mayor had resigned.", "en"))).toEqual([]);
  });
  it("the title's own noun still names the latest holder, hedged or not", () => {
    expect(speaker(`Mayor Ines Calder visited Tessby on Sunday. ${QUOTE} the mayor is reported to have said.`)).toBe("Ines Calder");
  });
});
