// Readings a probe of invented cases found wrong (probe 18), each pinned with texts of our own: an Indonesian
// publication introduced by where it comes from ("harian asal Surabaya, Harian X") was no citation; a person reacting
// before a colon and a quotation ("X reagierte empört: „…“") was no speaker.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { quotedSpeaker, readText } from "./helpers.ts";

const registry = createOutletRegistry([]);

function read(body: string, language: string) {
  return readText(body, registry, { outlet: "Test Daily", language });
}
const cited = (body: string, language: string): string[] => read(body, language).attributions.map((a) => a.outletName);
const speakerOf = (body: string, language: string): string | undefined => quotedSpeaker(read(body, language));

describe("a publication introduced by where it comes from", () => {
  it.each([
    "Pelabuhan Teluk Biru ditutup sepekan, seperti diberitakan harian asal Makassar, Harian Lontar Pagi.",
    "Pelabuhan Teluk Biru ditutup sepekan, menurut harian asal Makassar, Harian Lontar Pagi.",
  ])("is cited by its name: %s", (body) => expect(cited(body, "id")).toEqual(["Harian Lontar Pagi"]));

  it("needs the comma that sets the place apart", () => {
    expect(cited("Pelabuhan Teluk Biru ditutup sepekan, menurut harian asal Makassar Harian Lontar Pagi.", "id")).not.toContain("Lontar Pagi");
  });
});

describe("a person reacting before a colon and a quotation", () => {
  it.each([
    ["de", "Die Abgeordnete Lene Harbusch (Linke) reagierte empört: „Das ist ein Skandal für den ganzen Hafen.“", "Lene Harbusch"],
    ["en", "Councillor Tom Vell reacted angrily: “This is a scandal for the whole harbour and its workers.”", "Tom Vell"],
    ["en", "The harbour master, Tom Vell, was blunt: “This is a scandal for the whole harbour and its workers.”", "Tom Vell"],
  ])("(%s) %s", (language, body, name) => expect(speakerOf(body, language)).toBe(name));

  it.each([
    "The report concluded: “This is a scandal for the whole harbour and its workers.”",
    "A letter to Tom Vell reads as follows: “This is a scandal for the whole harbour and its workers.”",
  ])("names no one without a named person as subject: %s", (body) => expect(speakerOf(body, "en")).toBeUndefined());

  it("names no one for a German noun as subject", () => {
    expect(speakerOf("Der Film zeigt, wie die Autoren zeigen: „Wer die Zahlen hat, kann alles verkaufen.“", "de")).toBeUndefined();
  });
});

describe("the Portuguese conditional past of speech", () => {
  it("names the speaker of 'teria dito': the press's 'reportedly said'", () => {
    expect(speakerOf("“O cais fecha aos domingos para poupar gás”, teria dito o ministro dos Portos, Rui Calado.", "pt")).toBe("Rui Calado");
  });
});

describe("a statement's text after the sentence that says who issued it", () => {
  it("is the issuer's words: 'X has issued a statement. It reads: “…”'", () => {
    const r = read("Nortvale Chemicals has issued a statement. It reads: “No toxic gas was released from the plant.”", "en");
    const q = r.quotations.find((x) => x.kind === "quotation");
    expect(r.sources.find((s) => s.key === q?.speaker)?.name).toBe("Nortvale Chemicals");
  });

  it("is no one's when no sentence before names who issued it", () => {
    const r = read("Fire at the plant\n\nIt reads: “No toxic gas was released from the plant.”", "en");
    expect(r.quotations.find((x) => x.kind === "quotation")?.speaker).toBeUndefined();
  });
});
