/** The explorer's pure parts: highlight segments, word diff, URL state, safe links, time scale and toSigmaGraph on the synthetic fixture (tests/fixtures/explorer). */
import { describe, expect, it } from "vitest";
import { indexCase } from "../../src/client/data.ts";
import { safeHttpUrl } from "../../src/client/dom.ts";
import { nodeFilteredOut } from "../../src/client/highlight.ts";
import { defaultState, stateFromQuery, stateToQuery } from "../../src/client/state.ts";
import { segments } from "../../src/client/textMarks.ts";
import { timeScale } from "../../src/client/timeline.ts";
import { toSigmaGraph } from "../../src/client/toSigmaGraph.ts";
import { wordDiff } from "../../src/client/wordDiff.ts";
import { serializeGraph } from "../../src/graph/build.ts";
import { BLOG, POST, storyFixture, WEEKLY, WIRE } from "../fixtures/explorer/fixture.ts";

describe("segments", () => {
  it.each([
    ["no marks", 10, [], [[0, 10, ""]]],
    ["one mark inside", 10, [{ start: 2, end: 5, cls: "q" }], [[0, 2, ""], [2, 5, "q"], [5, 10, ""]]],
    ["overlapping marks", 10, [{ start: 0, end: 6, cls: "q" }, { start: 4, end: 8, cls: "r" }], [[0, 4, "q"], [4, 6, "q r"], [6, 8, "r"], [8, 10, ""]]],
    ["out-of-range mark dropped", 5, [{ start: 3, end: 9, cls: "q" }], [[0, 5, ""]]],
  ])("%s", (_name, length, marks, expected) => {
    const got = segments(length as number, marks as { start: number; end: number; cls: string }[]).map((s) => [s.start, s.end, s.marks.map((m) => m.cls).join(" ")]);
    expect(got).toEqual(expected);
  });
});

describe("wordDiff", () => {
  it("marks the changed words of an altered quotation and keeps the rest equal", () => {
    const ops = wordDiff("brought a lot of weapons [to the Badia]", "brought a lot of weapons [to the Homs desert]");
    expect(ops.filter((o) => o.op === "delete").map((o) => o.text.trim())).toEqual(["Badia"]);
    expect(ops.filter((o) => o.op === "insert").map((o) => o.text.trim())).toEqual(["Homs desert"]);
  });
  it("joins back to both texts", () => {
    const a = "Just some bedouins, he said.";
    const b = "Just some Bedouins, he said!";
    const ops = wordDiff(a, b);
    expect(ops.filter((o) => o.op !== "insert").map((o) => o.text).join("")).toBe(a);
    expect(ops.filter((o) => o.op !== "delete").map((o) => o.text).join("")).toBe(b);
  });
});

describe("URL state", () => {
  it("round-trips a view", () => {
    const s = defaultState();
    s.case = "story";
    s.layout = "force";
    s.selection = { type: "edge", key: "a->copies->b" };
    s.panel = "compare";
    s.search = "dam";
    s.hiddenOutlets = new Set(["outlet:daily-post"]);
    s.until = Date.UTC(2021, 4, 4);
    const back = stateFromQuery(stateToQuery(s));
    expect(back).toEqual(s);
  });
  it.each(["sel=bogus:x", "layout=sideways", "panel=nope", "until=yesterday"])("ignores malformed %s", (q) => {
    const s = stateFromQuery(q);
    expect(s.selection).toBeUndefined();
    expect(s.layout).toBe("timeline");
    expect(s.panel).toBe("findings");
    expect(s.until).toBeUndefined();
  });
});

describe("safeHttpUrl", () => {
  it.each([
    ["https://example.org/a", "https://example.org/a"],
    ["http://example.org", "http://example.org/"],
    ["javascript:alert(1)", undefined],
    [" JavaScript:alert(1)", undefined],
    ["data:text/html,<script>", undefined],
    ["/relative/path", undefined],
    ["vbscript:x", undefined],
  ])("%s → %s", (raw, expected) => {
    expect(safeHttpUrl(raw)).toBe(expected);
  });
});

describe("timeScale", () => {
  it("is monotone and gives a long quiet gap less than proportional room", () => {
    const day = 86_400_000;
    const s = timeScale([0, day, 2 * day, 700 * day]);
    expect(s.x(0)).toBeLessThan(s.x(day));
    expect(s.x(day)).toBeLessThan(s.x(2 * day));
    expect(s.x(700 * day) - s.x(2 * day)).toBeLessThan(10 * (s.x(2 * day) - s.x(day)));
  });
});

describe("toSigmaGraph on the fixture story", () => {
  it("puts articles in date order along x and one outlet per lane", async () => {
    const data = indexCase("story", serializeGraph((await storyFixture()).graph));
    const { graph, lanes } = toSigmaGraph(data, "timeline");
    const x = (k: string) => graph.getNodeAttribute(k, "x");
    expect(x(WIRE)).toBeLessThan(x(POST));
    expect(x(POST)).toBeLessThan(x(BLOG));
    expect(new Set(lanes.map((l) => l.y)).size).toBe(lanes.length);
    expect(graph.getNodeAttribute(WEEKLY, "type")).toBe("hollow");
    expect(graph.getNodeAttribute(WIRE, "type")).toBe("circle");
    expect(graph.getNodeAttribute(BLOG, "label")).toContain("Town Blog");
  });

  it("hides articles published after the time slider's day", async () => {
    const data = indexCase("story", serializeGraph((await storyFixture()).graph));
    const { graph, days } = toSigmaGraph(data, "timeline");
    const state = { ...defaultState(), until: days[0]! };
    expect(nodeFilteredOut(graph.getNodeAttributes(WIRE), state)).toBe(false);
    expect(nodeFilteredOut(graph.getNodeAttributes(POST), state)).toBe(true);
  });

  it("the network layout has no timeline decorations", async () => {
    const data = indexCase("story", serializeGraph((await storyFixture()).graph));
    const { graph } = toSigmaGraph(data, "force");
    expect(graph.filterNodes((_k, a) => a.kind === "lane" || a.kind === "range")).toEqual([]);
    expect(graph.order).toBe(data.nodes.size);
  });
});

describe("compare panel: why an undated arrow points where it does", () => {
  it("names the citation or the doubled paste that ordered the pair, and calls a conventional arrow a guess", async () => {
    const { undatedOrder } = await import("../../src/client/panels/compare.ts");
    expect(undatedOrder("citation", "Forum", "Daily")).toContain("because Forum cites it");
    expect(undatedOrder("doubled_passage", "Forum", "Daily")).toContain("Forum prints part of the shared text twice");
    expect(undatedOrder("none", "Forum", "Daily")).toContain("best guess");
  });
});
