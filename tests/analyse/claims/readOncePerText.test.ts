/**
 * The choice of a claim's representative reads each statement's debunk and negation words once per text: a story
 * reprinted by many sites gives a claim the same sentence from each copy, and each copy was read again. The count of
 * readings is what is pinned (the choice itself is the same either way). Invented texts.
 */
import { describe, expect, it, vi } from "vitest";
import { selectClaims } from "../../../src/analyse/claims/select.ts";
import { groupOf } from "../../../src/analyse/claims/signature.ts";
import { readStatements } from "../../../src/analyse/claims/statements.ts";
import { source } from "../statementSources.ts";

const read = vi.hoisted(() => ({ texts: [] as string[] }));

vi.mock("../../../src/analyse/stance.ts", async (original) => {
  const stance = await original<typeof import("../../../src/analyse/stance.ts")>();
  return {
    ...stance,
    debunkCues: (text: string, language: string, ...rest: []) => {
      read.texts.push(text);
      return stance.debunkCues(text, language, ...rest);
    },
  };
});

describe("a claim's statements printed word for word by several sites", () => {
  it("are read for debunk words once per text", () => {
    const sentence = "The ferry from Ostvik to Larnholm will stop running in May, the operator Kelda Lines said.";
    const statements = readStatements(["alpha-1", "beta-1", "gamma-1", "delta-1"].map((id, k) => source(id, k + 1, [sentence])));
    const all = statements.map((_, i) => i);
    const links = all.map((i) => new Set(all.filter((j) => j !== i)));
    read.texts.length = 0;
    const [claim] = selectClaims([groupOf(all, statements)], statements, links, new Map());
    expect(claim?.text).toBe(sentence);
    expect(read.texts.filter((t) => t === sentence)).toHaveLength(1);
  });
});
