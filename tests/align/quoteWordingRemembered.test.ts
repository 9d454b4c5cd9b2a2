import { describe, expect, it } from "vitest";
import { compareWording, compareWordingByText } from "../../src/align/quoteWording.ts";
import { myersScript } from "../../src/align/diff.ts";

/** The spans of each `quoted` stretch (between its marks) in `body`. */
function piecesOf(body: string, ...quoted: string[]) {
  return quoted.map((q) => {
    const start = body.indexOf(q);
    return { start, end: start + q.length };
  });
}

describe("compareWordingByText: one comparison for many printings of the same words", () => {
  const speech = "The tramline will not open before winter, and the depot still needs a roof";
  const earlier = `Officials met on Friday. "${speech}," said Mayor Anna Lind. "We told the riders so." The meeting ended early.`;
  const laterA = `In brief: "The tramline will not open before winter, and the depot needs a roof," Lind said.`;
  const laterB = `A long opening paragraph about the weather and the markets comes first here. Then: "The tramline will not open before winter, and the depot needs a roof," Lind said.`;

  it("gives what compareWording gives, at each printing's own place, also when the words were compared before", () => {
    const remembered = compareWordingByText();
    const ePieces = piecesOf(earlier, speech, "We told the riders so.");
    for (const later of [laterA, laterB, laterA]) {
      const lPieces = piecesOf(later, "The tramline will not open before winter, and the depot needs a roof,");
      const expected = compareWording(earlier, ePieces, later, lPieces, "en");
      expect(expected?.same).toBe(false);
      expect(remembered(earlier, ePieces, later, lPieces, "en")).toEqual(expected);
    }
  });

  it("keeps a full stop where the earlier printing goes on a change, wherever the printings stand", () => {
    const remembered = compareWordingByText();
    const statement = "The depot needs a roof that keeps out the rain in spring";
    const later = "The depot needs a roof.";
    for (const [e, l] of [[`"${statement}," she said.`, `Short: "${later}"`], [`Before that: "${statement}," she said.`, `"${later}" she said.`]] as const) {
      const ePieces = piecesOf(e, statement);
      const lPieces = piecesOf(l, later);
      const expected = compareWording(e, ePieces, l, lPieces, "en");
      expect(expected?.changes).toContain("stopped at 'roof' where the statement goes on");
      expect(remembered(e, ePieces, l, lPieces, "en")).toEqual(expected);
    }
  });
});

describe("myersScript on long lists", () => {
  it("aligns a short excerpt inside a long quotation with the fewest steps", () => {
    const long = Array.from({ length: 300 }, (_, i) => `w${i % 37}`);
    const excerpt = long.slice(120, 150).filter((_, i) => i !== 10);
    const script = myersScript(long, excerpt);
    expect([...script].filter((s) => s === "=").length).toBe(excerpt.length);
    expect(script.length).toBe(long.length);
  });
});
