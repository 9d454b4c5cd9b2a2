// Indonesian and Malay unnamed groups and accounts were read as no source at all (probe 24 item 18): "Menurut warganet,"
// ("according to netizens"), "\"…,\" tulis seorang pengguna Facebook" ("wrote a Facebook user"), "Sejumlah akun
// mengklaim …" ("a number of accounts claim"), "Sebuah kumpulan mengatakan …" ("a group said"). The nouns were no
// anonymous heads and "tulis" (wrote, after a quotation) no speech verb. An account named by its handle stays no unnamed
// source, and a capitalised head with a name after it ("Grup Maranta", a company) is a name, not an unnamed group.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const unnamed = (body: string, language: string) =>
  readPlain(body, language)
    .sources.filter((s) => s.type === "anonymous")
    .map((s) => s.mentions[0]?.text);

describe("id/ms unnamed groups and accounts", () => {
  it.each([
    ["id", "Menurut warganet, kucing raksasa itu terlihat di dekat pasar ikan Tanjung Merbau.", "warganet"],
    ["id", "Menurut netizen, video itu sudah ditonton jutaan kali.", "netizen"],
    ["id", "\"Besar sekali kucingnya, saya takut lewat sana,\" tulis seorang pengguna Facebook.", "seorang pengguna"],
    ["id", "Sejumlah akun mengklaim video itu direkam pada malam hari.", "Sejumlah akun"],
    ["id", "Sebuah grup Facebook mengatakan harga ikan akan turun bulan depan.", "Sebuah grup Facebook"],
    ["ms", "Beberapa akaun mengatakan video itu dirakam pada waktu malam.", "Beberapa akaun"],
    ["ms", "Sebuah kumpulan mengatakan video itu palsu.", "Sebuah kumpulan"],
  ])("%s: %j reads an unnamed source", (language, body, phrase) => {
    expect(unnamed(body, language)).toContain(phrase);
  });

  it("control: an account named by its handle is no unnamed source", () => {
    expect(unnamed("\"Itu hanya kucing biasa yang difoto dari dekat,\" tulis akun @rina.merbau.", "id")).toEqual([]);
  });

  it("control: a capitalised group noun opening a name is the name", () => {
    const r = readPlain("Grup Maranta mengatakan pabriknya tetap beroperasi.", "id");
    expect(r.sources.filter((s) => s.type === "anonymous")).toEqual([]);
    expect(r.sources.map((s) => s.name)).toContain("Grup Maranta");
  });
});
