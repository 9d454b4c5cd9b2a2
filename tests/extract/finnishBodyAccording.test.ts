// Finnish "<body noun>-n mukaan" (by the ministry's / company's account) gave no source (probe 21 task), pinned with
// texts of our own.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const sources = (body: string) => readText(body, createOutletRegistry([]), { outlet: "Järvilehti", language: "fi" }).sources.map((s) => `${s.type}:${s.name}`);

describe("a body's noun in the genitive before mukaan", () => {
  it.each([
    ["Ministeriön mukaan rokotteet riittävät.", ["organisation:ministeriö"]],
    ["Poliisin mukaan tie suljetaan huomenna.", ["organisation:poliisi"]],
    ["Terveysministeriön tiedotteen mukaan rokotteet riittävät.", ["organisation:terveysministeriö"]],
    // The body the article named before, whose name ends in the noun.
    ["Opetusministeriö kertoi maanantaina, että rahoitus jatkuu. Ministeriön mukaan päätös tehdään kesäkuussa.", ["organisation:Opetusministeriö"]],
  ])("%s", (body, expected) => {
    expect(sources(body)).toEqual(expected);
  });

  it("a person's name in the genitive is left to the frames", () => {
    expect(sources("Virtasen mukaan tie suljetaan.")).toEqual([]);
  });
});
