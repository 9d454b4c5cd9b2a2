import { describe, expect, it } from "vitest";
import { datelineLength } from "../../src/extract/dateline.ts";

const after = (text: string) => text.slice(datelineLength(text));

describe("a dateline at the head of a story", () => {
  it("is stepped over in its wire and capital shapes, up to the first word of the sentence", () => {
    expect(after("LONDON (Reuters) - The port will close.")).toBe("The port will close.");
    expect(after("WASHINGTON, May 3 (AP) — Officials said the bridge held.")).toBe("Officials said the bridge held.");
    expect(after("(AFP) - Le port fermera.")).toBe("Le port fermera.");
    expect(after("BERLIN (dpa) – Die Bahn streicht Züge.")).toBe("Die Bahn streicht Züge.");
    expect(after("ROMA, 10 APR - (ANSA) - Il porto resta chiuso.")).toBe("Il porto resta chiuso.");
    expect(after("Lisboa, 11 abr 2026 (Lusa) – O porto continua fechado.")).toBe("O porto continua fechado.");
    expect(after("LONDON — The port will close.")).toBe("The port will close.");
    expect(after("SAN JOSÉ, Costa Rica - Officials said the bridge held.")).toBe("Officials said the bridge held.");
    expect(after("OOSTERWOLD - Burgemeester Jan Mol reageerde.")).toBe("Burgemeester Jan Mol reageerde.");
    expect(after("Lindenfeld, 2. März 2026 – Die Firma richtet ihren Sitz neu aus.")).toBe("Die Firma richtet ihren Sitz neu aus.");
  });

  it("is nothing in a sentence that only opens on a name or an acronym", () => {
    expect(datelineLength("The EU said the port will close.")).toBe(0);
    expect(datelineLength("NATO said the drill - the largest in years - would go ahead.")).toBe(0);
    expect(datelineLength("Minister Anna Berg declined to comment.")).toBe(0);
    expect(datelineLength("Anna Berg, die Ministerin – so heißt es – sagte nichts.")).toBe(0);
  });
});
