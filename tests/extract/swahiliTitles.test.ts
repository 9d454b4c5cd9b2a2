// Swahili abbreviates its titles before a name ("Bi." Bibi, "Bw." Bwana, "Mhe." Mheshimiwa, "Dkt." Daktari): the full
// stop cut the sentence and the speaker was read as "Meya Bi", an invented person, or as no one after a described role
// ("Meya wa kubuni Bi. …"). The titles are the language's `abbreviatedTitles` now, read as English "Dr." is. Own
// invented texts.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

const roleOf = (body: string, language = "sw") => readPlain(body, language).sources.map((s) => [s.name, s.role]);

describe("Swahili abbreviated titles before a speaker's name", () => {
  it.each([
    ['"Tuko tayari," alisema Meya Bi. Neema Kitwana.', "Neema Kitwana", "Meya"],
    ['"Tuko tayari," alisema Meya wa kubuni Bi. Neema Kitwana.', "Neema Kitwana", "Meya wa kubuni"],
    ['"Tuko tayari," alisema meya wa jiji Bi. Neema Kitwana.', "Neema Kitwana", "meya wa jiji"],
    ['"Tuko tayari," alisema Waziri wa Afya Dkt. Neema Kitwana.', "Neema Kitwana", "Waziri wa Afya"],
    ['"Tuko tayari," alisema Mhe. Juma Mfaume.', "Juma Mfaume", undefined],
    ['"Tuko tayari," alisema Bw. Juma Mfaume, mwenyekiti wa chama.', "Juma Mfaume", "mwenyekiti wa chama"],
  ])("%j is spoken by %s (%s)", (body, name, role) => {
    const r = readPlain(body, "sw");
    expect(quotedSpeaker(r)).toBe(name);
    expect(roleOf(body)).toEqual([[name, role]]);
  });

  it("reads a role of several words before a title in English too (it read no speaker)", () => {
    expect(roleOf('"We are ready," said Minister of Health Dr. Anna Berg.', "en")).toEqual([["Anna Berg", "Minister of Health"]]);
  });

  it("leaves the readings that were right, in Swahili and with English and German titles", () => {
    expect(roleOf('"Tuko tayari," alisema Meya Neema Kitwana.')).toEqual([["Neema Kitwana", "Meya"]]);
    expect(roleOf("„Wir sind bereit“, sagte Forschungsleiter Dr. Anna Berg.", "de")).toEqual([["Anna Berg", "Forschungsleiter"]]);
    expect(sourceLabels(readPlain("Bi. Neema Kitwana alisema kwamba bandari itafungwa.", "sw"))).toEqual(["named:Neema Kitwana"]);
  });
});
