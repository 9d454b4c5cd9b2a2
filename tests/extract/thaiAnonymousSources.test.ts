// Thai names an unnamed source by a noun written straight onto the body it is of and the verb of saying ("แหล่งข่าวใน
// กระทรวงเปิดเผยว่า", a source in the ministry revealed that; "เจ้าหน้าที่ตำรวจระบุว่า", a police officer stated that): with
// no words apart, nothing read them. A longer run before the verb holds a clause of its own and names no source. Texts invented.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const sources = (body: string) => sourceLabels(readPlain(body, "th"));

describe("th: unnamed sources", () => {
  it.each([
    ["แหล่งข่าวระบุว่า สะพานจะปิด", "anonymous:แหล่งข่าว"],
    ["แหล่งข่าวในกระทรวงเปิดเผยว่า สะพานจะปิด", "anonymous:แหล่งข่าวในกระทรวง"],
    ["เจ้าหน้าที่ตำรวจระบุว่า สะพานจะปิด", "anonymous:เจ้าหน้าที่ตำรวจ"],
    ["ผู้เชี่ยวชาญกล่าวว่า ภาพนี้ถูกตัดต่อ", "anonymous:ผู้เชี่ยวชาญ"],
  ])("%j is said by %s", (body, label) => {
    expect(sources(body)).toEqual([label]);
  });

  it("a clause between the noun and the verb names no source", () => {
    expect(sources("เจ้าหน้าที่ตำรวจจับกุมผู้ต้องหาซึ่งบอกว่า สะพานจะปิด")).toEqual([]);
  });
});
