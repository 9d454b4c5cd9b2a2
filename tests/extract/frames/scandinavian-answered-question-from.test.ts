// "…, svarer Axelsen på spørsmål fra nyhetsbyrået Havnebladet" (no) / "svarar hon på en fråga från Hamnbladet" (sv): the
// outlet whose question a speaker answered is whom the words were told to.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../../src/core/outlets.ts";
import { readText } from "../helpers.ts";

const registry = createOutletRegistry([]);
const cited = (body: string, language: string): (string | undefined)[] => readText(body, registry, { outlet: "Test Daily", language }).attributions.map((a) => a.outletName);

describe("an answer to an outlet's question", () => {
  it.each([
    ["– Fergen går som vanlig i morgen, svarer Lindvik på spørsmål fra nyhetsbyrået Havnebladet.", "no", "Havnebladet"],
    ["– Vi venter på svar, sa ministeren på spørsmål fra Havnebladet.", "no", "Havnebladet"],
    ["– Bron öppnar igen i maj, svarar Sjöberg på en fråga från nyhetsbyrån Hamnbladet.", "sv", "Hamnbladet"],
  ])("%s → %s", (body, language, outlet) => {
    expect(cited(body, language)).toContain(outlet);
  });

  it("names no outlet from a question asked by a person", () => {
    expect(cited("– Vi venter, svarer Lindvik på spørsmål fra Kari Nordmann.", "no")).toEqual([]);
  });
});
