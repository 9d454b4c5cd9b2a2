/**
 * `asserts` (claims/stars.ts) reads a statement's ends by hand instead of with one pattern tried at every place: it
 * must answer as that pattern does, for any text, including marks, spaces of other scripts and surrogate pairs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asserts } from "../../src/analyse/claims/stars.ts";
import type { Statement } from "../../src/analyse/claims/types.ts";

/** The pattern `asserts` stood for. */
const PATTERN = /^(?:if|whether|unless)\b|\?["”’]?$|[:：]\s*["“”«„]?$/i;
const statement = (text: string) => ({ span: { start: 0, end: text.length, text } }) as unknown as Statement;

describe("asserts", () => {
  it("answers as the pattern does", () => {
    const pieces = ["if", "If ", "IF", "whether", "unless", "ifs", "if-", "?", ":", "：", '"', "“", "”", "’", "«", "„", " ", "\u00a0", "\u3000", "\n", "a", "Z", "é", "😀", "?\"", ": «"];
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 8 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(asserts(statement(t))).toBe(PATTERN.test(t.trim()) ? 0 : 1);
      }),
      { numRuns: 20_000 },
    );
    for (const t of ["If the board agrees, the pier closes.", "Will it close?”", "He had this to say:  “", "Ifs and buts remain.", "", "?", ": ", "She said: «"]) {
      expect(asserts(statement(t))).toBe(PATTERN.test(t.trim()) ? 0 : 1);
    }
  });
});
