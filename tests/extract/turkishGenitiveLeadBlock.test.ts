// Turkish, in a text of our own (names invented): a paragraph ending in a genitive statement lead ("Kaya'nın açıklaması
// şöyle:") introduces the quotation set apart in the next paragraph, as it does one on its own line after the colon.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const speakers = (body: string) => {
  const r = readText(body, createOutletRegistry([]), { outlet: "Test Daily", language: "tr" });
  return r.quotations.map((q) => r.sources.find((s) => s.key === q.speaker)?.name);
};

describe("Turkish: a genitive statement lead ending its paragraph", () => {
  it("gives the next paragraph's quotation to the owner of the statement", () => {
    const body = "Feribot seferleri iki gün durdu. Kaptan Selim Kaya'nın açıklaması şöyle:\n\n\"Fırtına geçince ilk sefer sabah yedide kalkacak.\"\n\nYolcular limanda bekledi.";
    expect(speakers(body)).toEqual(["Selim Kaya"]);
  });

  it("leaves a lead without a statement's owner to the other readings", () => {
    const body = "Feribot seferleri iki gün durdu. Duyuru şöyle:\n\n\"Fırtına geçince ilk sefer sabah yedide kalkacak.\"";
    expect(speakers(body)).toEqual([undefined]);
  });
});
