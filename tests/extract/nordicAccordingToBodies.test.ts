// Norwegian and Danish "ifølge", Swedish "enligt", Icelandic "samkvæmt" and "að sögn" (according to) before a body
// ("ifølge politiet", "að sögn lögreglunnar"), unnamed sources ("enligt källor") or a person: the source the sentence
// rests on, as "according to police" is in English. Icelandic declines the body after the cue; it is named as a subject
// names it ("lögreglan"). Where the cue opens the sentence, the finite verb follows the body. Invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a body or unnamed sources after the Nordic 'according to'", () => {
  it.each([
    ["Mannen ble pågrepet i går, ifølge politiet.", "no", ["organisation:politiet"]],
    ["Ifølge politiet ble mannen pågrepet i går.", "no", ["organisation:politiet"]],
    ["Manden blev anholdt i går, ifølge politiet.", "da", ["organisation:politiet"]],
    ["Mannen greps i går, enligt polisen.", "sv", ["organisation:polisen"]],
    ["Mannen greps i går, enligt källor i regeringen.", "sv", ["anonymous:källor"]],
    ["Maðurinn var handtekinn í gær, að sögn lögreglunnar.", "is", ["organisation:lögreglan"]],
    ["Að sögn lögreglunnar var maðurinn handtekinn í gær.", "is", ["organisation:lögreglan"]],
    ["Maðurinn var handtekinn í gær, samkvæmt heimildum.", "is", ["anonymous:heimildum"]],
  ])("%s", (body, language, labels) => {
    expect(sourceLabels(readPlain(body, language))).toEqual(labels);
  });
});

describe("control: a paper after the cue is no body, a noun phrase goes on past the body's noun", () => {
  it.each([
    ["Mannen greps i går, enligt Hamnbladet.", "sv"],
    ["Mannen ble pågrepet i går, ifølge politiets nye rapport om saken.", "no"],
  ])("%s", (body, language) => {
    expect(sourceLabels(readPlain(body, language)).filter((l) => l.startsWith("organisation:"))).toEqual([]);
  });
});
