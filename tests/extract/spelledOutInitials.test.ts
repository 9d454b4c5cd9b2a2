/** A body the article names once in full with its initials in brackets, then by the initials alone, is one source under its full name. */
import { describe, expect, it } from "vitest";
import { spelledOutInitials } from "../../src/extract/spelledOutInitials.ts";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("spelledOutInitials", () => {
  it.each([
    ["A page copied the Harbour Authority Office (HAO) website.", "HAO", "Harbour Authority Office"],
    ["The Auditor-General’s Bureau (AGB) issued a warning.", "AGB", "Auditor-General’s Bureau"],
    ["Oficiul pentru Drumuri Noi (ODrN) a transmis.", "ODrN", "Oficiul pentru Drumuri Noi"],
    ["Komisi Penyiaran Daerah (KPD) membantah.", "KPD", "Komisi Penyiaran Daerah"],
    ["The Kawanihan ng Tubig Valmora (KTV) denied it.", "KTV", "Kawanihan ng Tubig Valmora"],
    // Capitals compare without their accents: pages print initials unaccented.
    ["Office Économique de Valmora (OEV) a démenti la rumeur.", "OEV", "Office Économique de Valmora"],
  ])("%s → %s is %s", (body, initials, full) => {
    expect(spelledOutInitials(body).get(initials)).toBe(full);
  });

  it.each([
    // The capitals before the bracket do not spell the initials: nothing is spelled out.
    ["The mayor (HAO) spoke.", "HAO"],
    ["Some Harbour Office (HAO) staff left.", "HAO"],
    // Two spellings-out of the same initials: which one a later mention means is unsure.
    ["The Harbour Authority Office (HAO) and the Highland Arts Orchestra (HAO) met.", "HAO"],
  ])("%s leaves %s alone", (body, initials) => {
    expect(spelledOutInitials(body).get(initials)).toBeUndefined();
  });
});

describe("initials the article spelled out name the body in full", () => {
  it("labels an office quoted by its initials with the name written before them", () => {
    const reading = readPlain("A fake page copied the Harbour Authority Office (HAO) website. The HAO said it had lodged a police report.", "en");
    expect(sourceLabels(reading)).toEqual(["organisation:Harbour Authority Office"]);
  });

  it("reads initials mistaken for a person's name as the body they stand for", () => {
    const reading = readPlain("Oficiul pentru Drumuri Noi (ODrN) a transmis că podul rămâne deschis. „Podul este sigur”, a transmis ODrN.", "ro");
    expect(sourceLabels(reading)).toEqual(["organisation:Oficiul pentru Drumuri Noi"]);
  });

  it("keeps initials the article never spelled out", () => {
    const reading = readPlain("The HAO said it had lodged a police report.", "en");
    expect(sourceLabels(reading)).toEqual(["organisation:HAO"]);
  });
});
