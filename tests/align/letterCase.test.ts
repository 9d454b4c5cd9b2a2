/** Letter case alone (capitals for emphasis, a word given a capital) is no change of a quotation's words (invented texts). */
import { describe, expect, it } from "vitest";
import { compareWording, isWordlikeAcronym } from "../../src/align/quoteWording.ts";
import { changedWords, sameWordsWritten } from "../../src/analyse/findings/alteredQuote.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

function compare(earlier: string, later: string, language?: string) {
  return compareWording(earlier, [{ start: 0, end: earlier.length }], later, [{ start: 0, end: later.length }], language);
}

describe("letter case is no change of a quotation's words", () => {
  it.each([
    ["capitals for emphasis on a phrase", "A ponte vai abrir e vamos ficar TODOS MUITO CONTENTES com isso", "A ponte vai abrir e vamos ficar todos muito contentes com isso", "pt"],
    ["one long word shouted", "We will NEVER sell the old lighthouse to a hotel chain", "We will never sell the old lighthouse to a hotel chain", "en"],
    ["a word given a capital", "the engineers say the harbour wall will hold all winter", "the Engineers say the harbour wall will hold all winter", "en"],
  ])("reads %s as the same words", (_, earlier, later, language) => {
    const c = compare(earlier, later, language);
    expect(c?.same).toBe(true);
    expect(c?.changes).toEqual([]);
  });

  it("reads a short word shouted as itself where the quotation also prints it small", () => {
    const c = compare("This FAKE news is alarmist: ignore these fake rumours about the ferry", "This fake news is alarmist: ignore these fake rumours about the ferry", "en");
    expect(c?.same).toBe(true);
    expect(c?.changes).toEqual([]);
  });

  it("still reads a short acronym written small as another word", () => {
    expect(compare("the new rules from the US will hurt the fishing fleet", "the new rules from the us will hurt the fishing fleet", "en")?.same).toBe(false);
    expect(isWordlikeAcronym("WHO", "the", "said")).toBe(true);
    expect(isWordlikeAcronym("WHO", "SAID", "the")).toBe(false);
    expect(isWordlikeAcronym("NEVER", "will", "sell")).toBe(false);
  });

  it("names only the real changes of a quotation whose other words changed letter case", () => {
    const diff = [
      { op: "equal" as const, text: "the" },
      { op: "delete" as const, text: "engineers" },
      { op: "insert" as const, text: "Engineers" },
      { op: "equal" as const, text: "say the harbour wall will" },
      { op: "delete" as const, text: "HOLD FIRM" },
      { op: "insert" as const, text: "hold firm" },
      { op: "equal" as const, text: "all" },
      { op: "delete" as const, text: "Winter long" },
      { op: "insert" as const, text: "winter now" },
    ];
    expect(changedWords(diff)).toBe('"long" became "now"');
    expect(changedWords(diff.slice(0, 6))).toBe("");
    expect(sameWordsWritten("sea wall", "seawall")).toBe(true);
    // A word added in one place beside a case change of the same word elsewhere is added, not moved.
    const added = [
      { op: "equal" as const, text: "the wall is old," },
      { op: "insert" as const, text: "and" },
      { op: "equal" as const, text: "it may fall." },
      { op: "delete" as const, text: "and" },
      { op: "insert" as const, text: "And," },
      { op: "equal" as const, text: "nobody has checked it" },
    ];
    expect(changedWords(added)).toBe('"and" was added');
    expect(sameWordsWritten("US", "us", "from the", "will")).toBe(false);
  });

  it("draws a repeated quotation, no altered one, between two printings that differ in capitals only", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "farol.txt": frontMatterArticle("pt", "Jornal do Farol", "2026-02-03", "A ponte", "A autarca Rita Calvão falou da obra.\n\nNa sua página, Rita Calvão escreveu: “A ponte vai abrir em março e vamos ficar TODOS MUITO CONTENTES!”."),
        "vale.txt": frontMatterArticle("pt", "Correio do Vale", "2026-02-04", "Ponte abre", "A autarca Rita Calvão falou da obra.\n\n\"A ponte vai abrir em março e vamos ficar todos muito contentes!\", disse Rita Calvão aos jornalistas."),
      }),
    );
    expect(graph.filterEdges((_, a) => a.kind === "alters_quote")).toEqual([]);
    expect(graph.getAttribute("findings").filter((f) => f.type === "altered_quote")).toEqual([]);
  });
});
