// allMatches: the same matches as matchAll, without copying the expression, and the expression's lastIndex untouched. slugify: keys.
import { describe, expect, it } from "vitest";
import { allMatches, lettersWithoutCase, slugify } from "../../src/core/text.ts";
import { writesNoCapitals } from "../../src/analyse/terms.ts";

describe("allMatches", () => {
  it.each([
    [/\p{Lu}\p{Ll}+/gu, "Ines met Tomas in Porto."],
    [/a*/g, "baaac"],
    [/x*/gu, "a😀b😀"],
    [/(?<w>\w+)/gd, "two words"],
    [/z/g, ""],
  ])("%s on %j gives matchAll's matches", (re, text) => {
    const shape = (m: RegExpExecArray | RegExpMatchArray) => [m.index, m[0], { ...m.groups }];
    expect(allMatches(re, text).map(shape)).toEqual([...text.matchAll(new RegExp(re.source, re.flags))].map(shape));
  });

  it("leaves lastIndex as it was and refuses an expression without the g flag", () => {
    const re = /o/g;
    re.lastIndex = 3;
    expect(allMatches(re, "foo boo").length).toBe(4);
    expect(re.lastIndex).toBe(3);
    expect(() => allMatches(/o/, "foo")).toThrow(TypeError);
  });
});

describe("slugify", () => {
  it("removes accents but keeps Hangul syllables whole, so a key cut to length never ends inside one", () => {
    expect(slugify("Élan Vital")).toBe("elan-vital");
    expect(slugify("루미나 한서윤이 탈퇴")).toBe("루미나-한서윤이-탈퇴");
    expect([...slugify("한서윤이 공황장애 때문에 활동을 중단하고 팀을 탈퇴한다").slice(0, 27)].every((c) => /\p{Script=Hangul}|-/u.test(c) && !/[\u1100-\u11FF]/u.test(c))).toBe(true);
  });
});

describe("scripts without capitals", () => {
  it.each([
    ["ميناء المدينة", true, true],
    ["बंदरगाह बंद", true, true],
    ["港口关闭", true, false],
    ["항구 폐쇄", true, false],
    ["The harbour", false, false],
    ["ميناء Harbour", false, false],
    ["2024", false, false],
  ] as [string, boolean, boolean][])("%s: letters without case %s, a spaced script without capitals %s", (text, caseless, spaced) => {
    expect(lettersWithoutCase(text)).toBe(caseless);
    expect(writesNoCapitals(text)).toBe(spaced);
  });
});
