// Vietnamese statements were read with the English stemmer ("máy", machine, became "mái", roof) and every syllable in
// small letters counted as a name a translation keeps; a syllable shared by different words ("công" in "công ty",
// "khởi công") was all that told two statements apart. Invented texts.
import { describe, expect, it } from "vitest";
import { termsOf } from "../../src/analyse/terms.ts";
import { figureValue } from "../../src/align/quantities.ts";

describe("Vietnamese terms", () => {
  it("reads syllables as written and pairs of syllables as words", () => {
    const { all } = termsOf("Nhà máy sẽ tạo ra việc làm cho công nhân.", "vi");
    expect(all.has("máy")).toBe(true);
    expect(all.has("mái")).toBe(false);
    expect(all.has("nhà máy")).toBe(true);
    expect(all.has("công nhân")).toBe(true);
  });

  it("drops function syllables", () => {
    const { all } = termsOf("của các những được", "vi");
    expect(all.size).toBe(0);
  });

  it("keeps capitalised names as anchors, with 'đ' read as 'd', and no word in small letters", () => {
    const { anchors } = termsOf("Công ty Sóng Đỏ xây nhà máy ở Điện Biên.", "vi");
    expect([...anchors].sort()).toEqual(["bien", "cong", "dien", "song"]);
  });

  it("reads '3.000' as three thousand, as Vietnamese groups thousands with a dot", () => {
    expect(figureValue("3.000", ".", "vi")).toBe(3000);
  });
});
