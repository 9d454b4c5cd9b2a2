/** Escaping helpers: each hostile input against the text a reader must see (cases written by hand). */
import { describe, expect, it } from "vitest";
import { escapeHtml, escapeMarkdown, escapeXml, safeHttpUrl, stripXmlIllegal } from "../../src/export/escape.ts";
import { EDGE_COLOURS, NODE_COLOURS, NODE_SIZES } from "../../src/export/palette.ts";

describe("escaping", () => {
  it.each([
    ["markup", `<a href="x">&'</a>`, "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;"],
    ["newline and tab survive attribute normalisation", "a\tb\nc", "a&#9;b&#10;c"],
    ["XML-illegal controls are dropped", "bell\u0007 nul\u0000 ffff\uFFFF", "bell nul ffff"],
    ["a lone surrogate is dropped, a pair kept", "x\uD800y \uD83D\uDE00", "xy \uD83D\uDE00"],
  ])("escapeXml: %s", (_what, input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });

  it("stripXmlIllegal keeps tab, LF and CR", () => {
    expect(stripXmlIllegal("a\tb\nc\rd\u0001")).toBe("a\tb\nc\rd");
  });

  it.each([
    ["a script tag", "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["quotes for attributes", `"it's"`, "&quot;it&#39;s&quot;"],
    ["C1 controls", "a\u0085b\u009Fc", "abc"],
  ])("escapeHtml: %s", (_what, input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it.each([
    ["raw HTML", "<b>x</b> & y", "\\<b\\>x\\</b\\> \\& y"],
    ["emphasis, code and links", "*a* _b_ `c` [d](e)", "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e)"],
    ["a table cell separator", "a | b", "a \\| b"],
    ["a heading marker at the start", "# not a heading", "\\# not a heading"],
    ["an ordered-list marker at the start", "1. not a list", "1\\. not a list"],
    ["line breaks fold to one line", "two\n\nlines", "two lines"],
    ["plain prose stays readable", "Asia Times (28 Mar 2019), citing a source.", "Asia Times (28 Mar 2019), citing a source."],
  ])("escapeMarkdown: %s", (_what, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each([
    ["https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2"],
    ["http://example.org", "http://example.org/"],
    ["javascript:alert(1)", undefined],
    ["data:text/html,<script>", undefined],
    ["/relative/path", undefined],
    [undefined, undefined],
  ])("safeHttpUrl(%s) = %s", (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });
});

describe("palette", () => {
  const hex = (c: { r: number; g: number; b: number }) => [c.r, c.g, c.b].map((x) => x.toString(16).padStart(2, "0")).join("");
  it.each(Object.entries(NODE_COLOURS))("node kind %s has a valid colour and size", (kind, c) => {
    for (const x of [c.r, c.g, c.b]) expect(Number.isInteger(x) && x >= 0 && x <= 255).toBe(true);
    expect(NODE_SIZES[kind as keyof typeof NODE_SIZES]).toBeGreaterThan(0);
  });
  it.each(Object.entries(EDGE_COLOURS))("edge kind %s has a valid colour", (_kind, c) => {
    for (const x of [c.r, c.g, c.b]) expect(Number.isInteger(x) && x >= 0 && x <= 255).toBe(true);
  });
  it("tells node kinds apart, and reuse edges apart from each other", () => {
    expect(new Set(Object.values(NODE_COLOURS).map(hex)).size).toBe(Object.keys(NODE_COLOURS).length);
    const reuse = [EDGE_COLOURS.copies, EDGE_COLOURS.quotes_same, EDGE_COLOURS.alters_quote, EDGE_COLOURS.cites].map(hex);
    expect(new Set(reuse).size).toBe(4);
  });
});
