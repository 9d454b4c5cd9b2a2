// Thai had no reading data and fell back to English: no outlet after "ตามรายงานของ" (according to the report of), before
// "รายงานว่า" (reported that), after "กล่าวกับ" (told) or "ตีพิมพ์ใน" (published in). Thai writes no spaces between words and
// has no capitals, so a name is a run the frame bounds and needs evidence of an outlet: the registry, or an outlet noun
// before it. A registered name after clause words written onto it ("ขณะที่X", while X) is found from where a word starts
// (Intl.Segmenter). Texts and Thai outlets invented; Reuters is real.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, OutletEntrySchema } from "../../src/core/outlets.ts";
import { framesFor } from "../../src/extract/frames/index.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([
  OutletEntrySchema.parse({ name: "Lamnam Daily", aliases: ["ลำน้ำรายวัน"], kind: "newspaper" }),
  OutletEntrySchema.parse({ name: "Reuters", aliases: ["รอยเตอร์"], kind: "agency" }),
]);
const cited = (body: string) => readText(body, registry, { outlet: "ทดสอบรายวัน", language: "th" }).attributions.map((a) => a.outletName);

describe("th: outlets cited", () => {
  it("has data of its own", () => {
    expect(framesFor("th-TH").language).toBe("th");
  });

  it.each([
    ["ตามรายงานของหนังสือพิมพ์บางนาเดลี่ สะพานจะปิดในวันพรุ่งนี้", "บางนาเดลี่"],
    ["ตามรายงานของสำนักข่าวรอยเตอร์ระบุว่า สะพานจะปิด", "Reuters"],
    ["ตามรายงานของ Reuters สะพานจะปิด", "Reuters"],
    ["ลำน้ำรายวันรายงานว่า สะพานจะปิดในวันพรุ่งนี้", "Lamnam Daily"],
    ["ทางสำนักข่าวรอยเตอร์รายงานว่า สะพานจะปิด", "Reuters"],
    ["นายตำรวจคนหนึ่งกล่าวกับหนังสือพิมพ์บางนาเดลี่ว่า สะพานปิดแล้ว", "บางนาเดลี่"],
    ["บทความนี้ตีพิมพ์ในลำน้ำรายวัน เมื่อวันจันทร์", "Lamnam Daily"],
  ])("%j cites %s", (body, outlet) => {
    expect(cited(body)).toEqual([outlet]);
  });

  it.each([
    ["ขณะที่ลำน้ำรายวันรายงานว่า สะพานจะปิด", "Lamnam Daily"],
    ["นอกจากนี้ลำน้ำรายวันรายงานว่า สะพานจะปิด", "Lamnam Daily"],
  ])("a registered name after clause words written onto it, from a word's start: %j cites %s", (body, outlet) => {
    expect(cited(body)).toEqual([outlet]);
  });

  it.each([
    "ผู้สื่อข่าวรายงานว่า สะพานจะปิด",
    "ตามรายงานของกระทรวงคมนาคม สะพานจะปิด",
    "ทางการรายงานว่า สะพานจะปิด",
    "นายสมปอง ใจกว้าง กล่าวกับผู้สื่อข่าวว่า สะพานปิดแล้ว",
    "ขณะที่บางนารายงานว่า สะพานจะปิด",
  ])("a reporter, a ministry, the authorities or an unknown run name no outlet: %j", (body) => {
    expect(cited(body)).toEqual([]);
  });
});
