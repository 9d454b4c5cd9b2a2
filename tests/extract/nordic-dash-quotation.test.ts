// Norwegian, Swedish and Danish open a quotation with a dash at the head of the paragraph and close it at a comma and the
// speech verb, without a second dash ("– Vi stenger broen, sier ordføreren."). Own invented texts.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

const quoted = (body: string, language: string): string[] => {
  const reading = readPlain(body, language);
  return reading.quotations.filter((q) => q.kind === "quotation").map((q) => q.parts.map((p) => p.text).join(" "));
};

describe("a dash quotation closed by a comma and a speech verb", () => {
  it("is read in Norwegian, up to the comma before the verb", () => {
    const body = "Broen i Lindvik stenges.\n\n– Vi stenger broen til over helgen fordi et fundament har sprukket, sier ordfører Kari Holm til avisen.";
    expect(quoted(body, "no")).toEqual(["Vi stenger broen til over helgen fordi et fundament har sprukket"]);
    expect(quotedSpeaker(readPlain(body, "no"))).toBe("Kari Holm");
  });

  it("is read in Swedish, where a comma inside the quotation is not the one that closes it", () => {
    const body = "Skolan i Norrby hålls stängd.\n\n– Vi har kontrollerat byggnaden, och det finns ingen fara, skriver polisen i ett pressmeddelande.";
    expect(quoted(body, "sv")).toEqual(["Vi har kontrollerat byggnaden, och det finns ingen fara"]);
  });

  it("is not read where no speech verb follows the comma: a dashed list item is no quotation", () => {
    const body = "Dette skjer i helgen i Lindvik:\n\n– Konsert i parken, åpen for alle fra klokken seks.";
    expect(quoted(body, "no")).toEqual([]);
  });
});
