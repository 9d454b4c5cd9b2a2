// An Indonesian citing cue followed by a web address: "Dilansir dari http://detik.com Pemerintah Kota …" cited nothing
// (probe 51b), while the bare host ("Dilansir dari detik.com, …") is read: the name-ending comma is missing after an
// address. The address's host names the site. Invented sentences.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (text: string) => readPlain(text, "id").attributions.map((a) => a.outletName);

describe("id: a web address after Dikutip/Dilansir dari", () => {
  it.each([
    ["Dilansir dari https://kabarpagi.id Pemerintah Kota Rawa menegaskan beras itu asli.", "kabarpagi.id"],
    ["Dikutip dari http://www.kabarpagi.id/berita/123 Dinas Pangan Kota Rawa menyatakan beras itu aman.", "kabarpagi.id"],
  ])("%s", (text, outlet) => {
    expect(cited(text)).toContain(outlet);
  });
});
