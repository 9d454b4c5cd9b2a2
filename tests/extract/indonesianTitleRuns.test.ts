// An Indonesian speaker is often written after a title run: an office (often one abbreviated word, "Kabid", "Kapolda"),
// the body it heads, then a rank ("Kombes", "Irjen"), then the name. The person is the name after the run, however many
// words the body takes; a run of titles alone names no one. Invented names, places and sentences.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

const QUOTE = `"Jembatan di desa itu akan dibuka kembali bulan depan setelah diperiksa tim ahli,"`;

describe("an Indonesian title run before a name", () => {
  it.each([
    ["Kabid Humas Polda Kota Lama Kombes Dimas Prakoso", "Dimas Prakoso"],
    ["Kabid Humas Polda Tanjung Batu Raya Kombes Dimas Prakoso", "Dimas Prakoso"],
    ["Kapolda Kota Lama Irjen Dimas Prakoso", "Dimas Prakoso"],
    ["Kadiv Humas Polda Kota Lama Selatan Brigjen Dimas Prakoso", "Dimas Prakoso"],
    // The office and the rank spelt out, the rank in two words.
    ["Kepala Bidang Humas Polda Kota Lama Komisaris Besar Dimas Prakoso", "Dimas Prakoso"],
  ])("kata %s → %s", (run, person) => {
    const reading = readPlain(`${QUOTE} kata ${run} di kantornya.`, "id");
    expect(quotedSpeaker(reading)).toBe(person);
  });

  it("keeps the office and the rank as the person's role", () => {
    const reading = readPlain(`${QUOTE} kata Kabid Humas Polda Kota Lama Kombes Dimas Prakoso.`, "id");
    const source = reading.sources.find((s) => s.name === "Dimas Prakoso");
    expect(source?.role).toMatch(/Kombes$/u);
  });

  it("names no one where the run ends on the rank", () => {
    const reading = readPlain(`${QUOTE} kata Kabid Humas Polda Kota Lama Kombes.`, "id");
    expect(reading.sources.filter((s) => s.type === "named")).toEqual([]);
  });
});
