// Probe 21, item 15 (and m09g): German "laut", "zufolge", "nach Angaben" with a ministry, a compound body or a titled
// person; a capitalised role before an inverted speaker; a day the name pattern ran into. Invented texts.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { quotedSpeaker, readText } from "./helpers.ts";

const read = (body: string) => readText(body, createOutletRegistry([]), { outlet: "Hafenbote", language: "de" });
const sources = (body: string): string[] => read(body).sources.map((s) => `${s.type}:${s.name}`);

describe("a body after laut, zufolge, nach Angaben", () => {
  it.each([
    ["Der Umbau kostet nach Angaben des Ministeriums rund 4 Millionen Euro.", "organisation:Ministerium"],
    ["Dem Ministerium zufolge kostet der Umbau rund 4 Millionen Euro.", "organisation:Ministerium"],
    ["Laut Verkehrsministerium kostet der Umbau rund 4 Millionen Euro.", "organisation:Verkehrsministerium"],
    ["Laut dem Landesverband der Reeder würden die Gebühren steigen.", "organisation:Landesverband"],
  ])("%s", (text, source) => {
    expect(sources(text)).toEqual([source]);
  });
});

describe("a capitalised role before the name", () => {
  it("Laut Ministerin Ilse Brandt …", () => {
    const reading = read("Laut Ministerin Ilse Brandt werden die Gebühren nicht steigen.");
    expect(reading.sources.map((s) => [s.type, s.name, s.role])).toEqual([["named", "Ilse Brandt", "Ministerin"]]);
  });

  it("„…“, sagte Ministerin Ilse Brandt.", () => {
    expect(quotedSpeaker(read("„Wir halten den Hafen offen“, sagte Ministerin Ilse Brandt."))).toBe("Ilse Brandt");
  });
});

describe("when it was said is no part of who said it", () => {
  it.each([
    "„Wir halten den Hafen offen“, sagte Ilse Brandt am Dienstag.",
    "„Wir halten den Hafen offen“, sagte Ministerin Ilse Brandt am Dienstag.",
    "„Wir halten den Hafen offen“, sagte Ilse Brandt am Dienstag in Kiel.",
  ])("%s", (text) => {
    expect(quotedSpeaker(read(text))).toBe("Ilse Brandt");
  });
});
