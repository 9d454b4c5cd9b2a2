// A Lithuanian place in the locative before the speech verb ("– žurnalistams Seime sakė jis", he told journalists in
// the Seimas) was read as a person named "Seime": an invented speaker. Invented sentences.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a Lithuanian locative before the speech verb", () => {
  it("is where the words were said, no speaker", () => {
    expect(sourceLabels(readPlain("„Tiltas saugus“, – žurnalistams Seime antradienį sakė jis.", "lt"))).toEqual([]);
    expect(sourceLabels(readPlain("„Tiltas saugus“, – žurnalistams Kaune sakė ministras.", "lt"))).toEqual([]);
  });

  it("leaves the name after the verb the speaker", () => {
    expect(sourceLabels(readPlain("„Tiltas saugus“, – Seime sakė Jonas Kregždys.", "lt"))).toEqual(["named:Jonas Kregždys"]);
  });

  it("keeps a woman's name, which ends in -ė, a speaker", () => {
    expect(sourceLabels(readPlain("„Tiltas saugus“, – sakė Rūta Kregždytė.", "lt"))).toEqual(["named:Rūta Kregždytė"]);
  });
});
