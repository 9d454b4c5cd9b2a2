// Indonesian "dikutip X dari Y" (quoted by X from Y) and a sentence opening "Dikutip dari X yang …" (quoted from X, which
// …): Y, and X, are where the words came from. The quoting outlet X is often the article's own site spelt as its web
// address, which is no citation of another outlet.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, namesOwnOutlet } from "../../../src/core/outlets.ts";
import { id } from "../../../src/extract/frames/id.ts";
import { readText } from "../helpers.ts";
import { names } from "./helpers.ts";

describe("Indonesian quoted-from frames", () => {
  it.each([
    ["Menurut penelusuran yang dikutip Kabarlaut.com dari Cek Fakta Timur, pesan itu keliru.", "Cek Fakta Timur"],
  ])("%s → %s", (text, name) => expect(names(id, text)).toContain(name));

  it("takes the own outlet's name spelt as a web address for the own outlet", () => {
    expect(namesOwnOutlet("Kabar-Laut.com", "Kabar Laut")).toBe(true);
    expect(namesOwnOutlet("kabarlaut.id", "Kabar Laut")).toBe(true);
    expect(namesOwnOutlet("kabarpantai.id", "Kabar Laut")).toBe(false);
  });

  it("reads a sentence opening on the formula 'Dikutip dari X yang …' as a citation of X", () => {
    const r = readText("Dikutip dari Suaralaut yang menghubungi kepala dinas, jembatan tetap dibuka.", createOutletRegistry([]), { outlet: "Kabar Laut", language: "id" });
    expect(r.attributions.map((a) => a.outletName)).toEqual(["Suaralaut"]);
  });

  it("reads a sentence opening 'Dilansir X, <day>, …' as a citation of X, not an organisation's page", () => {
    const read = (text: string) => readText(text, createOutletRegistry([]), { outlet: "Kabar Laut", language: "id" }).attributions.map((a) => a.outletName.toLowerCase());
    expect(read("Dilansir Suaralaut.com, Senin (3/2), seorang warga mengunggah video banjir itu.")).toEqual(["suaralaut.com"]);
    // Control: a body's own page in small letters is no outlet, before and after.
    expect(read("Dilansir laman resmi, dinaslaut.go.id, Senin (3/2), kepala dinas mengatakan jembatan ditutup.")).toEqual([]);
  });

  it("cites where the own site quoted from, never the own site", () => {
    const r = readText("Pesan berantai itu keliru, menurut penelusuran yang dikutip Kabar-Laut.com dari Cek Fakta Timur.", createOutletRegistry([]), { outlet: "Kabar Laut", language: "id" });
    expect(r.attributions.map((a) => a.outletName)).toEqual(["Cek Fakta Timur"]);
  });
});
