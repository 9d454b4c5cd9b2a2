// Arabic reading on sentences of our own (invented outlets and people): an outlet's name in «», a registry name that holds
// the frame's outlet noun or a trailing adjective, "the newspaper" / "the agency" read back only to the one outlet of that
// kind named before, and a person named after a title (العقيد …), where no capital marks a name.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "Al-Fajr Daily", aliases: ["صحيفة الفجر"], descriptors: [], domains: [], kind: "newspaper" },
  { name: "Sharq Agency", aliases: ["وكالة الأنباء الشرقية"], descriptors: [], domains: [], kind: "agency" },
  { name: "Gharb Agency", aliases: ["وكالة الغرب"], descriptors: [], domains: [], kind: "agency" },
]);

function read(body: string) {
  return readText(body, registry, { outlet: "موقع الاختبار", language: "ar" });
}

const cited = (body: string) => read(body).attributions.map((a) => a.outlet);

describe("Arabic outlets", () => {
  it.each([
    ["ذكرت صحيفة «الفجر» المحلية أن السد آمن.", "a name in «» after the outlet noun, the registry's alias holding the noun"],
    ["ذكرت صحيفة الفجر أن السد آمن.", "the same name without marks"],
  ])("%s (%s)", (body) => {
    expect(cited(body)).toEqual(["outlet:al-fajr-daily"]);
  });

  it("widens a name the pattern cut before its adjective when the registry knows the longer name, with بأن ending the frame", () => {
    expect(cited("أفادت وكالة الأنباء الشرقية بأن السد انهار.")).toEqual(["outlet:sharq-agency"]);
  });

  it("reads 'the newspaper' after the preposition (للصحيفة) and 'the agency' back to the one outlet of that kind named", () => {
    expect(cited("ذكرت صحيفة الفجر أن السد آمن.\n\nووفقاً للصحيفة، فإن المياه انحسرت.")).toEqual(["outlet:al-fajr-daily", "outlet:al-fajr-daily"]);
    expect(cited("ذكرت وكالة الأنباء الشرقية أن السد آمن. ونقلت الوكالة عن مسؤول أن المياه انحسرت.")).toEqual(["outlet:sharq-agency", "outlet:sharq-agency"]);
  });

  it("reads nothing for 'the agency' with no agency named before, or with two", () => {
    expect(cited("ونقلت الوكالة عن مسؤول أن المياه انحسرت.")).toEqual([]);
    expect(cited("ذكرت صحيفة الفجر أن السد آمن. ونقلت الوكالة عن مسؤول أن المياه انحسرت.")).toEqual(["outlet:al-fajr-daily"]);
    expect(cited("ذكرت وكالة الأنباء الشرقية ووكالة الغرب أن السد آمن. ونقلت الوكالة عن مسؤول أن المياه انحسرت.")).not.toContain("outlet:gharb-agency");
  });
});

describe("Arabic speakers", () => {
  it("names the person after a title, the title as the role, up to the preposition ل written on the next word", () => {
    const r = read("وقال العقيد نادر الشامي لـ«الفجر»: «انحسرت المياه».");
    expect(r.sources.map((s) => [s.type, s.name, s.role])).toEqual([["named", "نادر الشامي", "العقيد"]]);
    expect(r.quotations[0]?.speaker).toBe(r.sources[0]?.key);
  });

  it("reads the person an outlet quoted after a title, and a short name given again", () => {
    const r = read("ذكرت صحيفة الفجر أن السد آمن. ونقلت الصحيفة عن الدكتورة ليلى حداد قولها إن المياه انحسرت.\n\nوأوضح حداد أن الخطر زال.");
    expect(r.sources.map((s) => [s.name, s.via])).toEqual([["ليلى حداد", "outlet:al-fajr-daily"]]);
  });

  it("reads the speaker a verb carries ('وأضاف أن «…»') as the one speaking before, only with the quotation straight after", () => {
    const r = read("وقال العقيد نادر الشامي: «انحسرت المياه». وأضاف أن «الفرق باقية في الموقع».");
    expect(r.quotations.map((q) => q.speaker)).toEqual(["source:نادر-الشامي", "source:نادر-الشامي"]);
    expect(read("وأضاف أن «الفرق باقية في الموقع».").quotations.map((q) => q.speaker)).toEqual([undefined]);
    const later = read("وقال العقيد نادر الشامي: «انحسرت المياه». وأضاف أن بعض المواقع «نشرت أرقاماً خاطئة».");
    expect(later.quotations[1]?.speaker).toBeUndefined();
  });

  it.each(["وقال المتحدث باسم الوزارة إن السد آمن.", "وقال الخبير الاقتصادي إن السد آمن.", "وقال العقيد إن السد آمن."])("a role noun with no name after it names nobody: %s", (body) => {
    expect(read(body).sources.filter((s) => s.type === "named")).toEqual([]);
  });
});
