/** A quotation whose copy lost letters in transit (U+FFFD, bytes of another encoding) is the same quotation, not an altered one (invented texts). */
import { describe, expect, it } from "vitest";
import { compareWording } from "../../src/align/quoteWording.ts";

function compare(earlier: string, later: string, language?: string) {
  return compareWording(earlier, [{ start: 0, end: earlier.length }], later, [{ start: 0, end: later.length }], language);
}

const LOST = "\uFFFD";
const INTACT = "Vai continuar espalhando notícias falsas e desprezando as instituições e o órgão eleitoral, deputado?";

describe("letters lost in transit", () => {
  it("reads words with lost letters, inside, at an edge or whole, as the other printing's words", () => {
    const damaged = `Vai continuar espalhando not${LOST}cias falsas e desprezando as institui${LOST}${LOST}es e o ${LOST}rg${LOST}o eleitoral, deputado?`;
    expect(compare(INTACT, damaged, "pt")?.same).toBe(true);
    expect(compare(damaged, INTACT, "pt")?.same).toBe(true);
    expect(compare("Ele pede a retirada à obrigação de todos.", `Ele pede a retirada ${LOST} obriga${LOST}${LOST}o de todos.`, "pt")?.same).toBe(true);
  });

  it("still reads a changed word beside lost letters, or lost letters that fit no word, as a change", () => {
    expect(compare(INTACT, `Vai continuar espalhando not${LOST}cias falsas e atacando as institui${LOST}${LOST}es e o ${LOST}rg${LOST}o eleitoral, deputado?`, "pt")?.same).toBe(false);
    expect(compare(INTACT, `Vai continuar espalhando not${LOST}${LOST}${LOST}cias falsas e desprezando as instituições e o órgão eleitoral, deputado?`, "pt")?.same).toBe(false);
  });
});
