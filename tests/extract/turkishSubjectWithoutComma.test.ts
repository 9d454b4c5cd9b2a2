// A Turkish speaker may run straight into the quotation, without the comma after the name ('Ayla Demir "…" dedi.'), or
// with only a word such as "ise" (as for) between ('Ayla Demir ise "…" dedi.'): the name opening the sentence is the
// speaker as it is with the comma, and so are a title run, a description or an unnamed official before the quotation.
// Invented names and sentences.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

const WORDS = `"Köprü gelecek ay yeniden açılacak ve herkes karşıya geçebilecek"`;

describe("a Turkish speaker written without the comma before the quotation", () => {
  it.each([
    [`Ayla Demir ${WORDS} dedi.`, "Ayla Demir"],
    [`Vali Kemal Yıldırım ${WORDS} diye konuştu.`, "Kemal Yıldırım"],
    [`Liman sessizdi. Ayla Demir ise ${WORDS} dedi.`, "Ayla Demir"],
    [`Ayla Demir dün ${WORDS} dedi.`, "Ayla Demir"],
    // A title with the body it heads, or a description holding a role noun, before the name: read as before a comma.
    [`Liman İşletmeleri Bölge Genel Müdürü Kemal Duru ${WORDS} dedi.`, "Kemal Duru"],
    [`Teknenin kaptanı Mehmet Sarıkaya ${WORDS} dedi.`, "Mehmet Sarıkaya"],
  ])("%s → %s", (text, name) => {
    expect(quotedSpeaker(readPlain(text, "tr"))).toBe(name);
  });

  it("reads an unnamed official so written as the unnamed official", () => {
    expect(sourceLabels(readPlain(`Bakanlıktan bir yetkili ${WORDS} dedi.`, "tr"))).toEqual(["anonymous:bir yetkili"]);
  });
});
