// "A Chinese newspaper reported", written in Arabic or Persian with the adjective after the outlet noun: the adjective is
// no outlet's name. The source the unnamed outlet relays is still read.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([]);

function read(body: string, language: string) {
  const r = readText(body, registry, { outlet: "Test Daily", language });
  return { outlets: r.attributions.map((a) => a.outletName), sources: r.sources.map((s) => [s.type, s.name]) };
}

describe("an adjective after an outlet noun", () => {
  it.each([
    ["ar", "وذكرت صحيفة صينية أن رئيس البلدية استقال من منصبه."],
    ["ar", "وأفادت وكالة محلية أن الجسر أغلق."],
    ["ar", "وذكر موقع روسي أن الجسر أغلق."],
    ["fa", "روزنامه چینی نوشت که شهردار استعفا داده است."],
    ["fa", "خبرگزاری روسی گزارش داد که پل بسته شد."],
    ["fa", "روزنامه آمریکایی نوشت که شهردار استعفا داده است."],
  ])("%s: %s names no outlet", (language, body) => {
    expect(read(body, language).outlets).toEqual([]);
  });

  it("keeps an outlet whose name ends like an adjective (Persian روزنامه همشهری; Arabic with the article, قناة العربية)", () => {
    expect(read("روزنامه همشهری نوشت که شهردار استعفا داده است.", "fa").outlets).toEqual(["همشهری"]);
    expect(read("وذكرت قناة العربية أن الجسر أغلق.", "ar").outlets).toEqual(["العربية"]);
  });

  it("reads the source an unnamed outlet relays (ونقلت وكالة روسية عن مصدر مطلع)", () => {
    const r = read("ونقلت وكالة روسية عن مصدر مطلع أن الجسر سيغلق.", "ar");
    expect(r.outlets).toEqual([]);
    expect(r.sources).toEqual([["anonymous", "مصدر"]]);
  });
});
