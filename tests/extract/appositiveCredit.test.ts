// An outlet named before an appositive that says what it is, then its report verb ("X, a regional newspaper, reported
// …") was not read (probe 51b). The appositive's outlet noun is the evidence for a name the
// registry does not know; a person's appositive gives none. Own invented texts.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (body: string): string[] => readPlain(body, "en").attributions.map((a) => a.outletName ?? "");

describe("en: an outlet's appositive between its name and its report verb", () => {
  it.each([
    ["The Tidewater Gazette, a Maltese newspaper, reported the mayor had resigned.", "Tidewater Gazette"],
    ["Al Dawn, a Maltese daily based in Velmar, reported the ferry was late again.", "Al Dawn"],
    ["Kestrel Nine, the regional broadcaster, revealed that the port would close.", "Kestrel Nine"],
  ])("%s", (text, outlet) => {
    expect(cited(text)).toContain(outlet);
  });

  it("control: a person's appositive is no outlet's", () => {
    expect(cited("Ana Gil, a local teacher, wrote that the school would close in May.")).toEqual([]);
  });
});
