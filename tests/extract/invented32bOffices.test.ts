// An office's tail read as a person: "a former Minister of Fisheries wrote" made "of Fisheries" a quoted source, "the
// Senator representing Lake North has revealed" made the constituency one, and an Indonesian office with its body's
// acronym ("Ketua Komisi Perikanan Daerah (KPD), Bayu Pratama") made the body's last words one. The office's words are
// the role; the person is the name beside it, or no one. Own invented stories.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

describe("an office of a field or body is no name", () => {
  it("reads the name before an office set off by a semicolon as the writer (en)", () => {
    const r = readPlain('On Monday, Mr. Tom Ridley; a former Minister of Fisheries wrote on Twitter that: "The harbour deal will collapse within a month."', "en");
    expect(quotedSpeaker(r)).toBe("Tom Ridley");
    expect(sourceLabels(r).join("|")).not.toMatch(/of Fisheries/u);
  });

  it("names no one for an office alone, and no outlet (en)", () => {
    const r = readPlain("A former Minister of Fisheries wrote on Twitter that the deal will collapse.", "en");
    expect(sourceLabels(r)).toEqual([]);
    expect(r.attributions).toEqual([]);
  });

  it("reads the holder after an office of a field (en)", () => {
    expect(sourceLabels(readPlain("The Minister of Fisheries Tom Ridley said the deal was dead.", "en"))).toEqual(["named:Tom Ridley"]);
  });

  it("reads the name before a role whose closing comma is missing, not the constituency (en)", () => {
    const r = readPlain("Ann Cole, the Senator representing Lake District North has revealed what port officials told her about the deal.", "en");
    expect(sourceLabels(r)).toEqual(["named:Ann Cole", "anonymous:port officials"]);
    expect(r.sources[0]?.role).toBe("Senator representing Lake District North");
  });

  it("names neither the constituency nor an outlet after a role's participle (en)", () => {
    const r = readPlain("The Senator representing Lake District North has revealed what port officials told her.", "en");
    expect(sourceLabels(r)).toEqual(["anonymous:port officials"]);
    expect(r.attributions).toEqual([]);
  });

  it.each([
    ["Menurut Ketua Komisi Perikanan Daerah (KPD), Bayu Pratama, ia menilai kabar itu berlebihan.", "Bayu Pratama"],
    ["Begitu kata Kepala Badan Reserse Perikanan Daerah ( Kabarespd) Komjen Bayu Pratama, Kamis (3/1/2019).", "Komjen Bayu Pratama"],
  ])("reads the holder after an office its body's acronym closes (id): %s", (text, holder) => {
    const labels = sourceLabels(readPlain(text, "id"));
    expect(labels).toEqual([`named:${holder}`]);
  });

  it("still reads a person after a role written onto the name (control, en)", () => {
    expect(sourceLabels(readPlain("Harbour Minister Tom Ridley said the deal was dead.", "en"))).toEqual(["named:Tom Ridley"]);
  });
});
