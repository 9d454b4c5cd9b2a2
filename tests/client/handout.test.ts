/** The story handout page (handout.ts): self-contained, one still per step, every text escaped, links only to http(s) explorers. */
import { describe, expect, it } from "vitest";
import { escapeHtml, handoutHtml } from "../../src/client/handout.ts";
import type { StoryStep } from "../../src/client/story.ts";

const step = (id: string, title: string, caption: string): StoryStep => ({ id, kind: "report", title, caption, nodes: [], edges: [] });
const PNG = "data:image/png;base64,iVBORw0KGgo=";

describe("handoutHtml", () => {
  it("has one section per step with its still and caption, and no script", () => {
    const html = handoutHtml({ title: "Dam", caseId: "story", steps: [step("origin", "Where it started", "Harbor Wire printed it first."), step("summary", "What it rests on", "One source.")], images: [PNG, PNG], origin: "http://127.0.0.1:4173" });
    expect(html.match(/<section /g)?.length).toBe(2);
    expect(html.match(/<img src="data:image\/png;base64,/g)?.length).toBe(2);
    expect(html).toContain("Step 2 of 2");
    expect(html).toContain('href="http://127.0.0.1:4173/?case=story&amp;story=2"');
    expect(html).not.toMatch(/<script|<link |src="http/i);
    expect(html).toContain("@media print");
  });

  it("escapes article words and leaves out anything that is not a PNG data URL or an http(s) origin", () => {
    const evil = `<img src=x onerror="alert(1)"> & 'quotes'`;
    const html = handoutHtml({ title: evil, caseId: evil, steps: [step("a", evil, evil)], images: ['javascript:alert(1)"'], origin: "javascript:alert(1)" });
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("javascript:");
    expect(html).toContain(escapeHtml(evil));
    expect(html).not.toMatch(/<img /);
  });
});
