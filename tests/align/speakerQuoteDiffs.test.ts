/**
 * A later quotation matched by its words with several earlier printings keeps one relation (the earliest printing of
 * the same words): the word diff is worked out for that one alone, not for every printing it was matched with
 * (align/speakerQuotes.ts, through lazyDiff.ts). Small invented articles.
 */
import { describe, expect, it, vi } from "vitest";
import { analyseReuse } from "../../src/align/index.ts";
import { FILLER, article, body } from "./fixtures.ts";
import { handReading } from "./readings.ts";

const calls = vi.hoisted(() => ({ surfaceDiff: 0 }));
vi.mock("../../src/align/surface.ts", async (importOriginal) => {
  const surface = await importOriginal<typeof import("../../src/align/surface.ts")>();
  return { ...surface, surfaceDiff: (...args: Parameters<typeof surface.surfaceDiff>) => (calls.surfaceDiff++, surface.surfaceDiff(...args)) };
});

const BERG = { sources: [{ name: "Anna Berg", type: "named" as const, names: ["Anna Berg"] }] };
const SAID = (words: string) => `“${words},” Anna Berg said.`;

describe("word diffs of quotations matched by their words", () => {
  it("are worked out for the relations kept, each with its diff, not for every earlier printing matched", () => {
    const articles = [
      article("first", "Valley Post", "2021-03-01", body(FILLER[0]!, SAID("The ferry pier opens again on Friday morning"))),
      article("second", "Hill Times", "2021-03-02", body(FILLER[1]!, SAID("The ferry pier opens again on Friday morning"))),
      article("third", "Lake Weekly", "2021-03-03", body(FILLER[2]!, SAID("The ferry pier opens again on Friday morning"))),
      article("later", "Quillon Gazette", "2021-03-04", body(FILLER[3]!, SAID("The ferry pier opens again on Monday morning"))),
    ];
    calls.surfaceDiff = 0;
    const relations = analyseReuse(articles, articles.map((a) => handReading(a, BERG))).relations.filter((r) => r.kind !== "copies");
    const passages = relations.flatMap((r) => r.passages);
    expect(relations.find((r) => r.from === "later")).toMatchObject({ kind: "alters_quote", to: "first" });
    expect(passages.every((p) => Array.isArray(p.diff) && p.diff.length > 0)).toBe(true);
    expect(calls.surfaceDiff).toBe(passages.length);
  });
});
