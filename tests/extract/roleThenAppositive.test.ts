// A role phrase with its body or place, then a comma and the person's name: Indonesian took the body's place as the person
// ("kata Kepala Balai Taman Nasional Sebangau, Ani Wulandari" → "Nasional Sebangau"), English read no one (probe 24
// item 2), pinned with texts of our own.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

describe("the appositive name after a role phrase is the speaker", () => {
  it.each([
    ["id", '"Anaknya selamat," kata Kepala Balai Taman Nasional Sebangau, Ani Wulandari.', "Ani Wulandari", "Kepala Balai Taman Nasional Sebangau"],
    ["en", '"The cub is safe," said the head of the Riverland wildlife agency, Ann Wessel.', "Ann Wessel", "the head of the Riverland wildlife agency"],
    // Controls: the role without a comma, and the name first, were read right before.
    ["id", '"Anaknya selamat," kata Kepala Balai Ani Wulandari.', "Ani Wulandari", "Kepala Balai"],
    ["id", '"Anaknya selamat," kata Ani Wulandari, Kepala Balai Taman Nasional Sebangau.', "Ani Wulandari", "Kepala Balai Taman Nasional Sebangau"],
    ["en", '"The cub is safe," said the mayor of Ellonby, Ann Wessel.', "Ann Wessel", "the mayor of Ellonby"],
  ])("%s: %s", (language, text, name, role) => {
    const reading = readPlain(text, language, "Own Paper");
    expect(quotedSpeaker(reading)).toBe(name);
    expect(reading.sources.map((s) => [s.name, s.role])).toEqual([[name, role]]);
  });
});
