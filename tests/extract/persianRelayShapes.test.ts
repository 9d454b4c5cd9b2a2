// Persian credits the frames missed: the relay after the article's own credit with no comma to end the name ("به گزارش
// X و به نقل از Y <clause>"), an outlet as the subject of "از قول" (quoting someone), "خبر <outlet noun> X" (the report of
// X) as a noun phrase, and a wire's dateline "<place> - <agency> - …". Controls: an unknown name after the comma-less relay
// is no outlet, and a role between dashes after a name is no dateline.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const REGISTRY = createOutletRegistry([{ name: "Avand News Agency", aliases: ["آوند"], credits: [], descriptors: [], domains: [], kind: "agency" }]);
const read = (body: string) => readText(body, REGISTRY, { outlet: "Nasim Shomal", language: "fa" });
const cited = (body: string) => read(body).attributions.map((a) => a.outletName);

describe("fa: credits read without a comma after the name", () => {
  it("the relay after the article's own credit, the clause following at once", () => {
    expect(cited("به گزارش نسیم شمال و به نقل از آوند شهردار شهر ساحلی دیشب استعفای خود را اعلام کرد.")).toContain("Avand News Agency");
  });
  it("an unknown name there is no outlet: the words after it may be the clause's", () => {
    expect(cited("به گزارش نسیم شمال و به نقل از خبرگزاری ماه‌تاب شهردار شهر ساحلی دیشب استعفا کرد.")).toEqual([]);
  });
  it("an agency quoting someone, as the sentence's subject", () => {
    expect(cited("خبرگزاری ماه‌تاب از قول معاون شهردار خبر استعفا را تکذیب کرد.")).toEqual(["ماه‌تاب"]);
  });
  it("the report of an agency, as a noun phrase", () => {
    expect(cited("شهرداری اعلام کرد خبر خبرگزاری ماه‌تاب درباره استعفای شهردار درست نیست.")).toEqual(["ماه‌تاب"]);
  });
});

describe("fa: a dateline with the agency between dashes", () => {
  it("credits the agency the registry knows", () => {
    expect(read("بندرگاه - آوند - شهردار شهر ساحلی دیشب استعفای خود را اعلام کرد.").syndication.map((s) => s.outletName)).toEqual(["Avand News Agency"]);
  });
  it("a role between dashes after a name is no credit", () => {
    expect(read("مریم نادری - سخنگوی شهرداری - دیشب از استعفای شهردار خبر داد.").syndication).toEqual([]);
  });
});
