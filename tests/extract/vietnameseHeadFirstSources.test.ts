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

describe("a Vietnamese name after the noun of what it names", () => {
  // A place's, a plant's or an account's name comes right after its noun in small letters ("tỉnh Hà Giang", "nhà máy
  // thủy điện Sông Mây", "tài khoản Quillbook"): it names that place or thing, never a person before a speech verb.
  it("a plant's name closing a role set off after a name leaves the named director the speaker", () => {
    expect(sources("Ông Trần Văn Nam, Giám đốc nhà máy thủy điện Sông Mây cho biết hồ chứa vẫn an toàn.")).toEqual(["named:Trần Văn Nam"]);
  });

  it("the police of a province named with its unit noun are that body", () => {
    expect(sources("Công an tỉnh Lũng Vân cho hay cây cầu đã được sửa xong.")).toEqual(["organisation:Công an tỉnh Lũng Vân"]);
  });

  it.each([
    ["Cảnh sát đã kiểm tra các tài khoản Quillbook chia sẻ video về cây cầu."],
    ["Hai người ở huyện Sông Mây, Lũng Vân (cũ) đăng tải tin cầu sập."],
  ])("%s names no person", (body) => {
    expect(sources(body).filter((s) => s.startsWith("named:"))).toEqual([]);
  });
});

describe("a Vietnamese paper's reporter told", () => {
  const told = (body: string) => readText(body, createOutletRegistry([{ name: "Reuters", aliases: [], descriptors: [], domains: ["reuters.com"], kind: "agency" }]), { outlet: "Báo Sông Lam", language: "vi" }).attributions.map((a) => `${a.frame}:${a.outletName}`);

  it.each([
    ["Trao đổi với phóng viên Báo Tin Sáng sáng nay, ông Trần Văn Nam cho biết cây cầu sẽ mở lại.", "told:Tin Sáng"],
    ["Ông Trần Văn Nam nói với phóng viên Reuters rằng thông tin là sai.", "told:Reuters"],
  ])("%s", (body, expected) => {
    expect(told(body)).toEqual([expected]);
  });

  it("a reporter named after 'phóng viên' is no outlet", () => {
    expect(told("Ông Trần Văn Nam nói với phóng viên Nguyễn Hà rằng thông tin là sai.")).toEqual([]);
  });
});
