// "Water Supply and Harbours Minister Tomas Revik told …": "and" joins the words of one office, not two people; read as
// two, it drew a named source "Water Supply". Invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a conjunction inside an office's name before a person joins no second person", () => {
  it.each([
    ["The ferry will sail again in May, Water Supply and Harbours Minister Tomas Revik told reporters in Dunmore.", "named:Tomas Revik"],
    ["Fisheries and Ocean Affairs Minister Mara Quint said the quota would stay.", "named:Mara Quint"],
  ])("%s", (text, expected) => {
    expect(sourceLabels(readPlain(text, "en"))).toEqual([expected]);
  });

  it("keeps the whole office as the person's role", () => {
    const source = readPlain("Fisheries and Ocean Affairs Minister Mara Quint said the quota would stay.", "en").sources[0];
    expect(source?.role).toBe("Fisheries and Ocean Affairs Minister");
  });

  it("control: a person named before the conjunction is still a second speaker", () => {
    expect(sourceLabels(readPlain("Lena Marsh and Harbours Minister Tomas Revik said the plant would close.", "en")).sort()).toEqual(["named:Lena Marsh", "named:Tomas Revik"]);
  });
});
