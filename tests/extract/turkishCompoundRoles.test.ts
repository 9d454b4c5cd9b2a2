// Turkish writes a role noun heading a compound with the third person's possessive, by vowel harmony ("deprem uzmanı",
// "tarih araştırmacısı", "haber editörü", "aile doktoru"): the description before a name is a role in that form too,
// and the name after it is the speaker. Invented names and sentences.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

const WORDS = `"Köprü gelecek ay yeniden açılacak ve herkes karşıya geçebilecek"`;

describe("a Turkish role noun with the possessive of a compound's head", () => {
  it.each(["Deprem uzmanı", "Tarih araştırmacısı", "Haber editörü", "Aile doktoru"])("%s Ayla Demir, \"…\" dedi.", (role) => {
    const reading = readPlain(`${role} Ayla Demir, ${WORDS} dedi.`, "tr");
    expect(quotedSpeaker(reading)).toBe("Ayla Demir");
    expect(reading.sources.find((s) => s.name === "Ayla Demir")?.role).toBe(role);
  });

  it("reads it before a quotation without the comma too", () => {
    expect(quotedSpeaker(readPlain(`Tarih araştırmacısı Ayla Demir ise ${WORDS} dedi.`, "tr"))).toBe("Ayla Demir");
  });
});
