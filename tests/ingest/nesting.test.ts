import { describe, expect, it } from "vitest";
import { extractHtml } from "../../src/ingest/html.ts";
import { MAX_HTML_DEPTH } from "../../src/ingest/limits.ts";
import { capNesting } from "../../src/ingest/nesting.ts";

const nest = (n: number, inner: string) => "<div>".repeat(n) + inner + "</div>".repeat(n);
const PARA = "<p>The old river bridge was closed on Monday after engineers found deep cracks in two of its supports, the county said.</p>";

describe("capNesting", () => {
  it.each([
    ["plain nesting", `<html><body>${nest(3, "x")}</body></html>`, 5],
    ["void and self-closed elements do not deepen", `<body><br><img src=a><hr/><div/><p>x</p></body>`, 2],
    ["a new <p> or <li> ends the one left open", `<body><ul><li>a<li>b<li>c</ul><p>x<p>y<p>z</body>`, 3],
    ["tags inside a script or a comment are text", `<body><script>"<div><div><div>"</script><!-- <div><div> --><p>x</p></body>`, 2],
    ["'>' inside a quoted attribute", `<body><div title="a > b"><span>x</span></div></body>`, 3],
  ])("measures %s", (_name, html, depth) => {
    const r = capNesting(html, 100);
    expect(r.depth).toBe(depth);
    expect(r.flattened).toBe(0);
    expect(r.html).toBe(html);
  });

  it("flattens what opens beyond the limit, keeping every word of text", () => {
    const html = `<body>${nest(10, "<b>deep</b> words")}<p>after</p></body>`;
    const r = capNesting(html, 4);
    expect(r.depth).toBe(12);
    expect(r.flattened).toBe(8);
    expect(capNesting(r.html, 100).depth).toBe(4);
    expect(r.html.replace(/<[^>]*>/g, "")).toBe("deep wordsafter");
  });
});

describe("a saved page nested deeper than the limit", () => {
  // The page of issue 13: 50,000 <div>s deep once answered 500 after 27 s (a recursive walk overflowed the stack).
  it("is read, with a warning naming the depth and the limit", () => {
    const r = extractHtml(`<html><head><title>Bridge closed</title></head><body>${nest(50_000, PARA.repeat(3))}</body></html>`);
    expect(r.text).toContain("engineers found deep cracks");
    expect(r.warnings.join(" ")).toMatch(new RegExp(`nests elements 50003 levels deep; the limit is ${MAX_HTML_DEPTH}`));
  });

  it("leaves a page within the limit as it was", () => {
    const r = extractHtml(`<html><body><article>${nest(20, PARA.repeat(3))}</article></body></html>`);
    expect(r.warnings.filter((w) => w.includes("nests"))).toEqual([]);
    expect(r.text).toContain("engineers found deep cracks");
  });
});
