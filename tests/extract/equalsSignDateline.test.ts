// Korean wires head each story with the place and the agency in brackets, set apart by an equals sign, then the
// reporter's byline and another sign ("(place=agency) name 기자 = …"): the story is the agency's, as "PLACE (Agency) —" says
// in English. Controls: a byline alone, an unknown name without an outlet ending, and the page's own agency credit no
// other outlet's. An outlet's name a case glosses in brackets with what it is ("(reprint of X)") does not make X its own.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, namesOwnOutlet } from "../../src/core/outlets.ts";
import { datelineLength } from "../../src/extract/dateline.ts";
import { readText } from "./helpers.ts";

const REGISTRY = createOutletRegistry([{ name: "Nara Wire", aliases: ["나라통신"], credits: [], descriptors: [], domains: [], kind: "agency" }]);
const credited = (body: string, outlet = "푸른마을 소식") => readText(body, REGISTRY, { outlet, language: "ko" }).syndication.map((s) => s.outletName);
const STORY = "시청 앞 광장의 분수가 석 달 만에 다시 물을 뿜기 시작했다.";

describe("ko: a bracketed place=agency dateline credits the agency", () => {
  it.each([`(강릉=나라통신) 한지우 기자 = ${STORY}`, `[강릉=나라통신] 한지우 기자 = ${STORY}`, `(강릉=나라통신) 한지우 특파원 = ${STORY}`])("%s", (text) => {
    expect(credited(text)).toEqual(["Nara Wire"]);
    expect(text.slice(datelineLength(text))).toBe(STORY);
  });

  it("an unregistered credit with an outlet ending of the language", () => {
    expect(credited(`(강릉=동해일보) 한지우 기자 = ${STORY}`)).toEqual(["동해일보"]);
  });

  it("after the headline lines", () => {
    expect(credited(`분수가 돌아왔다\n\n(강릉=나라통신) 한지우 기자 = ${STORY}`)).toEqual(["Nara Wire"]);
  });
});

describe("ko controls", () => {
  it.each([`(강릉=한지우) 기자 = ${STORY}`, `한지우 기자 = ${STORY}`, `(1달러=1300원) ${STORY}`])("%s credits no one", (text) => {
    expect(credited(text)).toEqual([]);
  });

  it("the agency's own story", () => {
    expect(credited(`(강릉=나라통신) 한지우 기자 = ${STORY}`, "Nara Wire")).toEqual([]);
  });

  it("a page the case glosses as a reprint of the agency still reprints it", () => {
    expect(credited(`(강릉=나라통신) 한지우 기자 = ${STORY}`, "Maple forum (reprint of Nara Wire)")).toEqual(["Nara Wire"]);
  });
});

describe("an outlet's name glossed in brackets", () => {
  it.each([
    ["the Lantern", "Valdoria Lantern (밸도리아 랜턴)", true],
    ["밸도리아 랜턴", "Valdoria Lantern (밸도리아 랜턴)", true],
    ["Valdoria Lantern", "Valdoria Lantern (밸도리아 랜턴)", true],
    ["the Ledger", "kitehill (blog)", false],
    ["the Ledger", "Maple forum (reprint of the Ledger)", false],
  ] as const)("%s in %s: %s", (written, own, expected) => {
    expect(namesOwnOutlet(written, own)).toBe(expected);
  });
});
