// An Indonesian citing cue followed by a web address ("Dilansir dari https://<host> <subject> …") cited nothing (probe
// 51b), while the bare host with its comma ("Dilansir dari <host>, …") is read: the name-ending comma is missing after an
// address. The address's host names the site. Invented sentences.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (text: string) => readPlain(text, "id").attributions.map((a) => a.outletName);

describe("id: a web address after Dikutip/Dilansir dari", () => {
  it.each([
    ["Dilansir dari https://kabarpagi.id Pemerintah Kota Rawa menegaskan jembatan itu aman.", "kabarpagi.id"],
    ["Dikutip dari http://www.kabarpagi.id/berita/123 Dinas Perhubungan Kota Rawa menyatakan jembatan itu aman.", "kabarpagi.id"],
  ])("%s", (text, outlet) => {
    expect(cited(text)).toContain(outlet);
  });
});
