// An Indonesian agency's deputy ("Deputi …") was no role noun: "ujar Deputi <office words> <acronym>, <name>" read the
// office's words as a person's name and left the person unread (probe 51b). With the title known, the name after the comma is the speaker. Invented people and offices.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("id: Deputi is a title", () => {
  it.each([
    '"Jembatan di Rawa aman," ujar Deputi Bidang Perhubungan Darat BPR, Budi Santosa.',
    '"Jembatan di Rawa aman," ujar Deputi Bidang Perhubungan Darat, Budi Santosa.',
    '"Jembatan di Rawa aman," kata Deputi Budi Santosa.',
  ])("%s", (text) => {
    expect(sourceLabels(readPlain(text, "id"))).toEqual(["named:Budi Santosa"]);
  });
});
