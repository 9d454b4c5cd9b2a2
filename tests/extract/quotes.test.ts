// Quotation marks of every style, multi-paragraph quotations and quotes broken by their attribution (small texts written for these tests).
import { describe, expect, it } from "vitest";
import { findQuotes } from "../../src/extract/quotes.ts";
import { paragraphSpans } from "./helpers.ts";

function quoted(body: string): string[][] {
  return findQuotes(body, paragraphSpans(body)).map((q) => q.parts.map((p) => body.slice(p.start, p.end)));
}

describe("findQuotes", () => {
  it.each([
    ["curly", "“We are leaving,” she said.", [["We are leaving,"]]],
    ["straight", '"We are leaving," she said.', [["We are leaving,"]]],
    ["guillemets", "« Nous partons », a-t-elle dit.", [[" Nous partons "]]],
    ["German", "„Wir gehen“, sagte sie.", [["Wir gehen"]]],
    ["single curly", "in a recording titled ‘Give Good Tidings’. He said.", [["Give Good Tidings"]]],
    ["apostrophes are not quotes", "They’d gone to the leaders’ camp.", []],
  ])("%s", (_name, body, expected) => {
    expect(quoted(body)).toEqual(expected);
  });

  it("joins a quotation that runs over paragraphs (opening mark on each, closing only at the end)", () => {
    const body = "“First part of it.\n\n“Second part of it.\n\n“Third and last.”\n\nNot quoted.";
    const qs = findQuotes(body, paragraphSpans(body));
    expect(qs).toHaveLength(1);
    expect(qs[0]!.multiParagraph).toBe(true);
    expect(qs[0]!.parts.map((p) => body.slice(p.start, p.end))).toEqual(["First part of it.", "Second part of it.", "Third and last."]);
  });

  it("runs a quotation on over the lines of a text broken at every line, to its closing mark", () => {
    const lines = ["The harbour master said on Monday that", '"the pumps stay on the north bank until', 'the floods are over," and left.', "Nothing else was said."];
    const body = lines.join("\n\n");
    expect(quoted(body)).toEqual([["the pumps stay on the north bank until\n\nthe floods are over,"]]);
  });

  it("does not run a quotation on into a line that starts a new sentence", () => {
    const body = 'He called it "a storm\n\nThe council met on Friday."';
    expect(quoted(body)).toEqual([["a storm"]]);
  });

  it("keeps brackets and ellipses inside the quoted words", () => {
    const body = "“They brought weapons [to the Badia] … and left,” he said.";
    expect(quoted(body)[0]![0]).toContain("[to the Badia] …");
  });
});

describe("quotation marks in scripts written without spaces", () => {
  it("finds a Chinese quotation glued to its verb and a Japanese corner-bracket quotation", () => {
    const zh = "他声称“港口已经关闭”。";
    const ja = "社長は「値上げはしない」と述べた。";
    for (const body of [zh, ja]) {
      const q = findQuotes(body, [{ start: 0, end: body.length }]);
      expect(q).toHaveLength(1);
    }
  });
  it("closes a Korean single-quoted title followed by its particle", () => {
    const body = "풍자 매체 ‘하늘신문’은 19일 보도했다.";
    const q = findQuotes(body, [{ start: 0, end: body.length }]);
    expect(q.map((x) => body.slice(x.span.start, x.span.end))).toEqual(["‘하늘신문’"]);
  });
});
