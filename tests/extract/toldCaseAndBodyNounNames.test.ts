// Words around a speaker's name that name someone else: whom it was told, in the Finnish allative before the subject
// ("Pohjolan Sanomille Virtanen kertoi"), and a body's noun before its place in Vietnamese ("Công an Hà Tây cảnh báo").
// Neither may be read as a person of its own.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("Finnish: a word in the allative is whom it was told, never the speaker's name", () => {
  it("reads the person after the outlet told", () => {
    const labels = sourceLabels(readPlain("Pohjolan Sanomille Virtanen kertoi, että rikosepäilyjen osalta on tutkittu muita ryhmiä.", "fi"));
    expect(labels).toContain("named:Virtanen");
    expect(labels.filter((l) => l.includes("Sanomille"))).toEqual([]);
  });

  it("names no one by the allative alone", () => {
    const labels = sourceLabels(readPlain("Tutkinnan vahvistaa Korvan Uutisille syyttäjä Heikki Lehtola.", "fi"));
    expect(labels.filter((l) => l.includes("Uutisille"))).toEqual([]);
  });

  it("keeps a full name in the nominative", () => {
    expect(sourceLabels(readPlain("Matti Virtanen kertoi, että koe tehtiin 1 240 kodissa.", "fi"))).toContain("named:Matti Virtanen");
  });
});

describe("Vietnamese: a place after a body's noun is that body, not a person", () => {
  it("reads the police of a province as the speaking body", () => {
    const reading = readPlain('Công an Hà Tây cảnh báo thông tin "sáp nhập hai tỉnh" là sai sự thật.', "vi");
    expect(sourceLabels(reading)).toEqual(["organisation:Công an Hà Tây"]);
  });

  it("still reads a person named after a form of address", () => {
    expect(sourceLabels(readPlain('Ông Trần Văn Minh cho biết: "Cảng sẽ mở cửa vào tuần tới."', "vi"))).toEqual(["named:Trần Văn Minh"]);
  });
});
