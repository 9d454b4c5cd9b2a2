/** Indonesian "menulis"/"menuliskan" (wrote) is a speech verb: its subject, and the pronoun "ia" that takes it up, credit a quotation (invented text). */
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

describe("Indonesian menulis / menuliskan", () => {
  it("credits the quotation to the person the pronoun stands for", () => {
    const r = readPlain(
      'Ketua Koperasi Nelayan Budi Santoso menulis di akun Facebook miliknya pada Senin malam. Dalam unggahan itu, ia menuliskan, "harga solar di dermaga naik dua kali lipat mulai besok pagi."',
      "id",
    );
    expect(r.sources.map((s) => s.name)).toEqual(["Budi Santoso"]);
    expect(r.quotations.map((q) => q.speaker)).toEqual(["source:budi-santoso"]);
  });
});
