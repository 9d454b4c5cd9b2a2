// Vietnamese had no reading data and was read with the English frames: a paper's credit of a press release ("Theo thông
// cáo báo chí của X"), its quoted director ("Ông X, Tổng giám đốc …, cho biết:") and its unnamed expert ("Theo một chuyên
// gia …") were none, and a credited reprint was taken for an uncredited copy (probe 22 item 1). Invented texts.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, withCaseOutlets } from "../../src/core/outlets.ts";
import { quotedSpeaker, readText, sourceLabels } from "./helpers.ts";

const base = createOutletRegistry([{ name: "Reuters", aliases: [], descriptors: [], domains: [], kind: "agency" }]);
const registry = withCaseOutlets(base, [{ name: "Sóng Biển Xanh" }, { name: "Tin Sáng" }]);
const read = (body: string) => readText(body, registry, { outlet: "Báo Thử", language: "vi" });
const cited = (body: string): string[] => read(body).attributions.map((a) => a.outletName);

describe("Vietnamese citations", () => {
  it.each([
    ["Theo thông cáo báo chí của Sóng Biển Xanh, công ty đã khánh thành cảng mới.", "Sóng Biển Xanh"],
    ["Theo báo Tin Sáng, cảng sẽ đóng cửa vào tuần tới.", "Tin Sáng"],
    ["Tin Sáng đưa tin cảng sẽ đóng cửa vào tuần tới.", "Tin Sáng"],
    ["Cảng đã đóng cửa từ hôm qua, dẫn nguồn Tin Sáng.", "Tin Sáng"],
    ["Trích dẫn Reuters, tờ báo cho biết cảng đã đóng cửa.", "Reuters"],
    ["Bài viết được đăng tải trên Tin Sáng hôm thứ Hai.", "Tin Sáng"],
  ])("cites the outlet: %s", (body, outlet) => {
    expect(cited(body)).toEqual([outlet]);
  });

  it("takes no place or company in a plain sentence for an outlet, nor 'the paper' citing another", () => {
    expect(cited("Công ty Sóng Đỏ sẽ xây cảng mới tại Quảng Ninh trong năm nay.")).toEqual([]);
    expect(cited("Tờ báo, trích dẫn Reuters, cho biết cảng đã đóng cửa.")).toEqual([]);
  });
});

describe("Vietnamese speakers and unnamed sources", () => {
  it.each([
    ['Bà Trần Thị Mai, Giám đốc Cảng Sóng Đỏ, cho biết: "Cảng sẽ mở cửa vào tháng Sáu".', "Trần Thị Mai"],
    ['"Cảng sẽ mở cửa vào tháng Sáu", ông Lê Văn Bình, Chủ tịch Hiệp hội Cảng biển, phát biểu tại hội nghị.', "Lê Văn Bình"],
    ['"Cảng sẽ mở cửa vào tháng Sáu", Giám đốc Trần Thị Mai cho biết.', "Trần Thị Mai"],
  ])("names who speaks, without the form of address: %s", (body, speaker) => {
    expect(quotedSpeaker(read(body))).toBe(speaker);
  });

  it.each([
    ["Theo một chuyên gia hàng hải, cảng cần thêm vốn.", "anonymous:một chuyên gia"],
    ["Cảng sẽ đóng cửa vào tuần tới, theo một nguồn tin giấu tên.", "anonymous:một nguồn tin"],
    ["Một quan chức không muốn nêu tên cho biết cảng sẽ đóng cửa.", "anonymous:Một quan chức"],
  ])("reads an unnamed source of several syllables: %s", (body, label) => {
    expect(sourceLabels(read(body))).toEqual([label]);
  });
});
