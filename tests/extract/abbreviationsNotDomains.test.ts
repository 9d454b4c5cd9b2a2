// An abbreviation written with dots ("m.in.", "t.ex.", "p.ej.", "v.Chr.", "EE.UU.") has the shape of a web domain, and a
// frame that may take an unknown name after "podaje"/"enligt"/"según" made it an outlet. A domain's name before its top
// level is more than one letter, and the top level is written in small letters; a written address keeps both readings.
import { describe, expect, it } from "vitest";
import { siteOfAddress } from "../../src/extract/cited.ts";
import { readPlain } from "./helpers.ts";

const cited = (body: string, language: string) => readPlain(body, language).attributions.map((a) => a.outletName);

describe("an abbreviation with dots names no site", () => {
  it.each(["m.in", "t.ex", "p.ej", "f.eks", "v.Chr", "e.Kr", "EE.UU", "p.ex"])("%s", (raw) => {
    expect(siteOfAddress(raw)).toBeUndefined();
  });
});

describe("control: domains and written addresses still name their site", () => {
  it.each([
    ["harbourpost.ro", "harbourpost.ro"],
    ["Wieści.pl", "wieści.pl"],
    ["www.harbourpost.co.uk", "harbourpost.co.uk"],
    ["https://x.com/someone", "x.com"],
    ["www.t.co", "t.co"],
  ])("%s", (raw, site) => {
    expect(siteOfAddress(raw)).toBe(site);
  });
});

describe("a frame after a verb of naming takes no abbreviation as its source", () => {
  it.each([
    ["Rada gminy jako powody podaje m.in. brak pieniędzy na remont szkoły.", "pl"],
    ["Enligt t.ex. kommunens egna siffror ökade trafiken kraftigt i fjol.", "sv"],
  ])("%s", (text, language) => {
    expect(cited(text, language)).toEqual([]);
  });
});
