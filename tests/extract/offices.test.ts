// An office's tail read as a person: "a former Minister of Fisheries wrote" made "of Fisheries" a quoted source, "the
// Senator representing Lake North has revealed" made the constituency one, and an Indonesian office with its body's
// acronym ("Ketua Komisi Perikanan Daerah (KPD), Bayu Pratama") made the body's last words one. The office's words are
// the role; the person is the name beside it, or no one. Own invented stories.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

describe("an office of a field or body is no name", () => {
  it("reads the name before an office set off by a semicolon as the writer (en)", () => {
    const r = readPlain('Dr. Ilse Marr; a former Secretary of Housing said on Friday: "The bridge will not open this year, whatever the council promises."', "en");
    expect(quotedSpeaker(r)).toBe("Ilse Marr");
    expect(sourceLabels(r).join("|")).not.toMatch(/of Housing/u);
  });

  it("names no one for an office alone, and no outlet (en)", () => {
    const r = readPlain("A former Secretary of Housing said the plan had failed.", "en");
    expect(sourceLabels(r)).toEqual([]);
    expect(r.attributions).toEqual([]);
  });

  it("reads the holder after an office of a field (en, control)", () => {
    expect(sourceLabels(readPlain("The Secretary of Housing Omar Vance said the plan had failed.", "en"))).toEqual(["named:Omar Vance"]);
  });

  it("reads the name before a role whose closing comma is missing, not the constituency (en)", () => {
    const r = readPlain("Pia Holm, the councillor representing Greyford South has confirmed that the ferry will stop in May.", "en");
    expect(sourceLabels(r)).toEqual(["named:Pia Holm"]);
    expect(r.sources[0]?.role).toBe("councillor representing Greyford South");
  });

  it("names neither the constituency nor an outlet after a role's participle (en)", () => {
    const r = readPlain("The councillor representing Greyford South has confirmed that the ferry will stop.", "en");
    expect(sourceLabels(r)).toEqual([]);
    expect(r.attributions).toEqual([]);
  });

  it.each([
    ["Menurut Kepala Dinas Kelautan Provinsi (DKP), Sari Wulandari, nelayan diminta tetap waspada.", "Sari Wulandari"],
    ["Semua sudah siap, kata Ketua Lembaga Sensor Perfilman Nasional (Kalsepnas) Irjen Rudi Hartono, Senin (4/3/2024).", "Rudi Hartono"],
    // The rank before the holder's name is a title, no part of the name (indonesianTitleRuns.test.ts).
  ])("reads the holder after an office its body's acronym closes (id): %s", (text, holder) => {
    const labels = sourceLabels(readPlain(text, "id"));
    expect(labels).toEqual([`named:${holder}`]);
  });

  it("still reads a person after a role written onto the name (control, en)", () => {
    expect(sourceLabels(readPlain("Housing Secretary Omar Vance said the plan had failed.", "en"))).toEqual(["named:Omar Vance"]);
  });
});
