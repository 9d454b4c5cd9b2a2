/** The story export (`claimtrail export --format story`): one page, one still per step the class sees, each still a picture of what its step lights (not blank, the lit nodes drawn strong and the rest pale), captions as text, a teacher's edits applied, hostile article text never markup. */
import { DOMParser } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { emptyEdits } from "../../src/client/captions.ts";
import { indexCase } from "../../src/client/data.ts";
import { COLORS } from "../../src/client/palette.ts";
import { buildStory } from "../../src/client/story.ts";
import { EXPORTERS } from "../../src/export/index.ts";
import { storyHandout, storyStills } from "../../src/export/story.ts";
import { serializeGraph } from "../../src/graph/build.ts";
import type { ProvenanceGraph } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { hostileFixture } from "../fixtures/explorer/fixture.ts";
import { REFERENCE_CASE } from "../helpers.ts";

let graph: ProvenanceGraph;
beforeAll(async () => {
  graph = (await analyseCaseFolder(REFERENCE_CASE)).graph;
}, 60_000);

const unescape = (t: string) => t.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

/** The page's steps: caption and the SVG of the still, decoded. */
function sections(html: string): { caption: string; svg: string }[] {
  return [...html.matchAll(/<section id="step-\d+">[\s\S]*?<img src="data:image\/svg\+xml;base64,([^"]+)"[\s\S]*?<p class="caption">([\s\S]*?)<\/p>/g)].map((m) => ({ svg: Buffer.from(m[1]!, "base64").toString("utf8"), caption: unescape(m[2]!) }));
}

/** The colour of each node an SVG draws: its ring's when it has one (a hollow or inferred node is filled white), else its fill. */
function circleFills(svg: string): string[] {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  return [...doc.querySelectorAll("circle")].map((c) => c.getAttribute("stroke") ?? c.getAttribute("fill") ?? "");
}

describe("the story export", () => {
  it("is one self-contained page with one non-blank still per step of the bundled case, the step's nodes drawn strong and its captions as text", () => {
    const html = EXPORTERS.story.render(graph, {});
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link |src="http/i);
    const steps = buildStory(indexCase("baghdadi-2019", serializeGraph(graph)));
    const found = sections(html);
    expect(found.map((s) => s.caption)).toEqual(steps.map((s) => s.caption));
    const { svgs } = storyStills(graph);
    for (const [i, s] of found.entries()) {
      expect(s.svg).toBe(svgs[i]);
      const fills = circleFills(s.svg);
      // Not blank: nodes drawn, some of them strong (what the step talks about), and, before the last step, others pale.
      const strong = fills.filter((f) => f !== COLORS.dimmed && f !== COLORS.background);
      expect(strong.length, `step ${i + 1}`).toBeGreaterThanOrEqual(Math.min(2, steps[i]!.nodes.length));
      if (steps[i]!.kind !== "summary") expect(fills.filter((f) => f === COLORS.dimmed).length, `step ${i + 1}`).toBeGreaterThan(0);
      expect(s.svg.match(/<path /g)?.length ?? 0, `step ${i + 1}: arrows and rows`).toBeGreaterThan(3);
      expect(s.svg).toMatch(/<text [^>]*>[^<]+<\/text>/);
    }
    // The picture grows with the story: the first still leaves out what was not yet published.
    expect(circleFills(found[0]!.svg).length).toBeLessThan(circleFills(found.at(-1)!.svg).length);
  });

  it("tells the teacher's story when given: their words, without the steps they hid, with their own step", () => {
    const steps = buildStory(indexCase("baghdadi-2019", serializeGraph(graph)));
    const own = { id: "own:1", title: "Compare the two", caption: "Put the two quotes side by side.", nodes: [steps[1]!.nodes[1]!], edges: [] };
    const html = storyHandout(graph, { storyEdits: { ...emptyEdits(), captions: { origin: "Where did it start? <Ask the class>" }, hidden: ["summary"], added: [own] } });
    const captions = sections(html).map((s) => s.caption);
    expect(captions[0]).toBe("Where did it start? <Ask the class>");
    expect(html).toContain("Where did it start? &lt;Ask the class&gt;");
    expect(captions).not.toContain(steps.at(-1)!.caption);
    expect(captions.at(-1)).toBe(own.caption);
    expect(captions).toHaveLength(steps.length);
  });

  it("tells another claim's story when asked, and refuses a claim the case does not have", () => {
    const data = indexCase("baghdadi-2019", serializeGraph(graph));
    const other = [...data.nodes].find(([k, n]) => n.kind === "claim" && k !== buildStory(data)[0]!.nodes[0])?.[0];
    expect(other).toBeDefined();
    expect(sections(storyHandout(graph, { claim: other! })).map((s) => s.caption)).toEqual(buildStory(data, other).map((s) => s.caption));
    expect(() => storyHandout(graph, { claim: "no-such-claim" })).toThrow(/claim 'no-such-claim' is not in this case/);
  });

  it("keeps hostile article text as text, in the page and in the stills", async () => {
    const hostile = await hostileFixture();
    const html = storyHandout(hostile.graph);
    expect(html).not.toMatch(/<script|<img src=x|<iframe|<svg onload|<b>|href="javascript/i);
    expect(html).toContain("&lt;img src=x onerror=");
    for (const s of sections(html)) {
      // Only the elements a picture is drawn with; any other tag would be article text let through as markup.
      expect(new Set([...s.svg.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1]))).toEqual(new Set(["svg", "rect", "path", "circle", "g", "text", "line"].filter((t) => s.svg.includes(`<${t} `) || s.svg.includes(`<${t}>`))));
      expect(s.svg.replace(/>[^<]*</g, "><")).not.toMatch(/ on\w+=/i);
      expect(s.svg).toContain("&lt;img src=x");
      expect(circleFills(s.svg).length).toBeGreaterThan(0);
    }
  });
});
