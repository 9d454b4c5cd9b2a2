// Vietnamese opens a noun phrase on its head and writes whose source it is straight after it, without a preposition
// ("một đại diện Sở Y tế Campuchia", a representative of a Cambodian health department): the country closing the department's
// name was read as the speaker, and words before a source noun that are no determiner ("… khẩn cấp được | chuyên gia",
// urgently by experts) were taken into its phrase. Own invented texts.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const sources = (body: string) => readText(body, createOutletRegistry([]), { outlet: "Báo Sông Lam", language: "vi" }).sources.map((s) => `${s.type}:${s.name}`);

describe("a Vietnamese source noun and the body after it", () => {
  it("a representative of a country's ministry is an unnamed source of that ministry, not the country", () => {
    expect(sources("Một đại diện Sở Giao thông Vận tải Campuchia khẳng định sáng thứ Ba rằng cây cầu sẽ được sửa chữa trong tháng tới.")).toEqual(["anonymous:Một đại diện Sở Giao thông Vận tải Campuchia"]);
  });

  it("a spokesman of a ministry named after the ministry is that person", () => {
    expect(sources("Phát ngôn viên Sở Ngoại vụ Trần Văn Minh khẳng định cây cầu sẽ được sửa chữa.")).toEqual(["named:Trần Văn Minh"]);
  });

  it("words before a source noun that are no determiner are no part of its phrase", () => {
    const found = sources("Lời cảnh báo khẩn cấp được chuyên gia của viện này đưa ra vào tháng trước, khi nhiều người lo lắng về chất lượng nước.");
    expect(found.filter((s) => s.includes("khẩn cấp"))).toEqual([]);
  });

  it("a role phrase set off after a name describes that named person", () => {
    expect(sources("Đại tá Lê Minh Quân, phát ngôn viên Sở Phòng cháy khẳng định rằng đám cháy ở chợ đã được dập tắt.")).toEqual(["named:Lê Minh Quân"]);
  });

  it("a role phrase a name follows after its comma is that person's role, no unnamed source", () => {
    const found = sources("Đài phát thanh tỉnh trích lời phát ngôn viên Sở Phòng cháy, Đại tá Lê Minh Quân, khẳng định rằng đám cháy ở chợ đã được dập tắt.");
    expect(found.filter((s) => s.startsWith("anonymous:"))).toEqual([]);
  });

  it("a determiner before the noun stays in the phrase (control)", () => {
    expect(sources("Các chuyên gia cho biết cây cầu sẽ được sửa chữa trong tháng tới.")).toEqual(["anonymous:Các chuyên gia"]);
  });
});
