// A Vietnamese denial ("… là sai sự thật", "bác bỏ tin đồn") was read with the English words and so presented the rumour
// as true (probe 22 item 2). Invented texts.
import { describe, expect, it } from "vitest";
import { stanceOfFirst } from "./stanceHelpers.ts";

describe("Vietnamese stance", () => {
  it.each([
    [["Cảng Sóng Đỏ sẽ đóng cửa vào tháng Sáu vì thiếu vốn.", "Ban quản lý cảng khẳng định thông tin này là sai sự thật."]],
    [["Cảng Sóng Đỏ sẽ đóng cửa vào tháng Sáu vì thiếu vốn.", "Thông tin trên mạng xã hội là tin giả."]],
    [["Cảng Sóng Đỏ sẽ đóng cửa vào tháng Sáu vì thiếu vốn.", "Ban quản lý cho biết điều này không đúng sự thật."]],
  ])("reads the claim false: %j", (sentences) => {
    expect(stanceOfFirst("vi", sentences)).toBe("false");
  });

  it("reads a headline that denies a rumour as calling it false", () => {
    expect(stanceOfFirst("vi", ["Cảng Sóng Đỏ sẽ đóng cửa vào tháng Sáu vì thiếu vốn.", "Ban quản lý đã họp hôm thứ Hai."], "Ban quản lý cảng bác bỏ tin đồn đóng cửa")).toBe("false");
  });

  it("reads a negated statement of the claim as reporting it false", () => {
    expect(stanceOfFirst("vi", ["Cảng Sóng Đỏ sẽ không đóng cửa vào tháng Sáu.", "Ban quản lý đã họp hôm thứ Hai."])).toBe("false");
  });

  it("keeps a plain report true, 'hàng không' (aviation) negating nothing", () => {
    expect(stanceOfFirst("vi", ["Hãng hàng không Cánh Cò sẽ mở đường bay tới Đà Nẵng.", "Vé sẽ được bán từ tuần sau."])).toBe("true");
  });
});
