// Grammar 21, class 6: in German, where every noun is capitalised, a name before a figure ran on into it ("laut
// Finanzminister Kurt Albers 3 Milliarden Euro" → a body "Kurt Albers 3 Milliarden Euro"). Invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const read = (text: string) => readPlain(text, "de");

describe("a name ends before the figure after it", () => {
  it.each([
    ["Der Ausbau kostet laut Finanzminister Kurt Albers 3 Milliarden Euro.", ["named:Kurt Albers"]],
    ["Der Ausbau kostet laut Kurt Albers 3 Milliarden Euro.", ["named:Kurt Albers"]],
    ["Der Ausbau kostet laut Finanzministerium 3 Milliarden Euro.", ["organisation:Finanzministerium"]],
  ])("%s", (text, sources) => {
    const r = read(text);
    expect(sourceLabels(r)).toEqual(sources);
    expect(r.attributions).toEqual([]);
  });
});

describe("controls", () => {
  it.each([
    ["Laut Finanzminister Kurt Albers kostet der Ausbau 3 Milliarden Euro.", ["named:Kurt Albers"]],
    ["Der Ausbau kostet laut Kurt Albers rund 3 Milliarden Euro.", ["named:Kurt Albers"]],
  ])("%s", (text, sources) => {
    expect(sourceLabels(read(text))).toEqual(sources);
  });
});
