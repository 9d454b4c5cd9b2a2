// allMatches: the same matches as matchAll, without copying the expression, and the expression's lastIndex untouched.
import { describe, expect, it } from "vitest";
import { allMatches } from "../../src/core/text.ts";

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
