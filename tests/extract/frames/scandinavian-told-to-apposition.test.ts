// Norwegian, Swedish and Danish told-to credits whose speaker is a role and a name set off by commas ("sier tidligere
// leder i forbundet, Lars Eng, til X"), on sentences of our own (invented outlets and people): the outlet told is read;
// a clause after a comma that only goes somewhere ("og går til Oslo") yields none.
import { describe, expect, it } from "vitest";
import { da } from "../../../src/extract/frames/da.ts";
import { no } from "../../../src/extract/frames/no.ts";
import { sv } from "../../../src/extract/frames/sv.ts";
import { names } from "./helpers.ts";

const FRAMES = { da, no, sv };

describe("Scandinavian told-to credits after an apposition", () => {
  it.each([
    ["no" as const, "– Det er ikke en sport, sier tidligere leder i forbundet, Lars Eng, til Havnebladet.", "Havnebladet"],
    ["no" as const, "– Det er planlagt, sier styreleder i «Fjordlaget», Kari Lie til avisen Havnebladet.", "Havnebladet"],
    ["sv" as const, "– Det är inte en sport, säger förre ordföranden i förbundet, Lars Ek, till Hamnbladet.", "Hamnbladet"],
    ["sv" as const, "– Det är inte en sport, säger Eva Lind, pressansvarig på förbundet, till Hamnbladet.", "Hamnbladet"],
    ["da" as const, "– Det er ikke en sport, siger tidligere formand for forbundet, Lars Eng, til Havnebladet.", "Havnebladet"],
  ])("%s: %s → %s", (lang, text, name) => expect(names(FRAMES[lang], text)).toContain(name));

  it.each([
    ["no" as const, "– Vi drar nå, sier hun, og går til Oslo."],
    ["sv" as const, "– Vi åker nu, säger hon, och går till Malmö."],
  ])("%s: reads no credit in %s", (lang, text) => expect(names(FRAMES[lang], text)).toEqual([]));
});
