import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

/** Invented people and bodies: a Polish role names the body it heads, capitalised in the genitive, before the person. */
describe("Polish: the body a role heads stands between the role and the person", () => {
  it("keeps a body of two words out of the speaker's name", () => {
    const r = readPlain("Rzecznik Ministerstwa Rybołówstwa Marek Wolny powiedział, że „połowy są bezpieczne”.", "pl");
    expect(sourceLabels(r)).toEqual(["named:Marek Wolny"]);
    expect(r.sources[0]?.role).toContain("Ministerstwa Rybołówstwa");
  });

  it("keeps a body of four words out of it, after a role written with a capital at the sentence's start", () => {
    const r = readPlain("Dyrektor Biura Zarządu Portu Lipowiec Marek Wolny poinformował, że „prom wypłynie jutro”.", "pl");
    expect(sourceLabels(r)).toEqual(["named:Marek Wolny"]);
    expect(r.sources[0]?.role).toBe("Dyrektor Biura Zarządu Portu Lipowiec");
  });

  it("reads the person after a town the role is of", () => {
    const r = readPlain("Burmistrz Lipowca Jan Kowal powiedział, że „miasto jest gotowe”.", "pl");
    expect(sourceLabels(r)).toEqual(["named:Jan Kowal"]);
  });
});

describe("a web address is never a speaker", () => {
  it("does not read the portal a post was written on (a one-letter name and a domain) as its author", () => {
    const r = readPlain("Marek Wolny ocenił rejs. W poście na portalu Q.net napisał, że prom jest „całkiem bezpieczny”.", "pl");
    expect(sourceLabels(r)).not.toContain("named:Q.net");
  });
});

describe("Polish: a place of work after the name is no body before a person", () => {
  it("keeps the person before 'z' and the faculty after it", () => {
    const r = readPlain("„Wyniki są obiecujące” – powiedziała szefowa dr Iga Wrona z Wydziału Chemii.", "pl");
    expect(sourceLabels(r)).toEqual(["named:Iga Wrona"]);
  });
});
