/** The explorer's state module: pure reducers (an action gives a new state, the old one untouched) and the view's round trip through the URL. */
import { describe, expect, it } from "vitest";
import type { OriginTrace } from "../../src/analyse/types.ts";
import { defaultState, initialState, reduce, stateFromQuery, stateToQuery, type Action, type ExplorerState } from "../../src/client/state.ts";

const trace = (root: string): OriginTrace => ({ root, tree: { key: root, kind: "claim", label: root, children: [] }, origins: [], originOrder: "dates", primarySources: [], independentSources: 0, articles: [], outlets: [], edges: [] });
const run = (actions: Action[], from: ExplorerState = initialState("")): ExplorerState => actions.reduce(reduce, from);

describe("reduce", () => {
  it("never mutates the state it is given", () => {
    const before = initialState("case=story");
    const frozen = JSON.stringify({ ...before, view: { ...before.view, hiddenStyles: [...before.view.hiddenStyles] } });
    run([{ type: "select", selection: { type: "node", key: "a" } }, { type: "style", style: "cites", shown: false }, { type: "outlet", outlet: "outlet:x", shown: false }, { type: "search", text: "dam" }, { type: "story", step: 2 }], before);
    expect(JSON.stringify({ ...before, view: { ...before.view, hiddenStyles: [...before.view.hiddenStyles] } })).toBe(frozen);
  });

  it("gives back the same object when an action changes nothing, so nothing is redrawn", () => {
    const s = initialState("");
    expect(reduce(s, { type: "panel", panel: "findings" })).toBe(s);
    expect(reduce(s, { type: "style", style: "cites", shown: true })).toBe(s);
    expect(reduce(s, { type: "layout", layout: "timeline" })).toBe(s);
    expect(reduce(s, { type: "presenter", on: true })).toBe(s);
  });

  it.each<[string, Action[], (s: ExplorerState) => unknown, unknown]>([
    ["a legend box switches a relation off and on", [{ type: "style", style: "cites", shown: false }], (s) => s.view.hiddenStyles.has("cites"), true],
    ["…and back on", [{ type: "style", style: "cites", shown: false }, { type: "style", style: "cites", shown: true }], (s) => s.view.hiddenStyles.has("cites"), false],
    ["an outlet box hides its row", [{ type: "outlet", outlet: "outlet:x", shown: false }], (s) => [...s.view.hiddenOutlets], ["outlet:x"]],
    ["a date range sets both ends; clearing one end removes it", [{ type: "dates", from: 1, to: 2 }, { type: "dates", from: undefined, to: 2 }], (s) => [s.view.from, s.view.to], [undefined, 2]],
    ["the slider's last stop shows every date", [{ type: "until", until: 5 }, { type: "until", until: undefined }], (s) => "until" in s.view, false],
    ["a trace that arrives for the traced node is kept", [{ type: "select", selection: { type: "trace", key: "claim:a" } }, { type: "traceLoaded", trace: trace("claim:a") }], (s) => s.trace?.root, "claim:a"],
    ["a trace that arrives after the reader moved on is dropped", [{ type: "select", selection: { type: "trace", key: "claim:a" } }, { type: "select", selection: { type: "node", key: "x" } }, { type: "traceLoaded", trace: trace("claim:a") }], (s) => s.trace, undefined],
    ["a failed trace says why, for the node traced", [{ type: "select", selection: { type: "trace", key: "claim:a" } }, { type: "traceFailed", key: "claim:a", error: "404" }], (s) => s.traceError, "404"],
    ["a new selection drops the old trace", [{ type: "select", selection: { type: "trace", key: "claim:a" } }, { type: "traceLoaded", trace: trace("claim:a") }, { type: "select", selection: { type: "finding", id: "f1" } }], (s) => s.trace, undefined],
    ["clearing the selection removes it", [{ type: "select", selection: { type: "edge", key: "e" } }, { type: "select", selection: undefined }], (s) => "selection" in s.view, false],
    ["a story step replaces the selection, the search and the time limit", [{ type: "select", selection: { type: "node", key: "x" } }, { type: "search", text: "dam" }, { type: "until", until: 9 }, { type: "story", step: 3 }], (s) => [s.view.story, s.view.selection, s.view.search, s.view.until], [3, undefined, "", undefined]],
    ["a story step is clamped to the story's steps", [{ type: "story", step: 40, steps: 7 }], (s) => s.view.story, 7],
    ["…and never below the first", [{ type: "story", step: -2, steps: 7 }], (s) => s.view.story, 1],
    ["choosing a node leaves the story and presenter view", [{ type: "story", step: 2 }, { type: "presenter", on: true }, { type: "select", selection: { type: "node", key: "x" } }], (s) => [s.view.story, s.view.presenter, s.view.selection?.type], [undefined, undefined, "node"]],
    ["a caption is edited only in the story, and moving to another step closes the editor", [{ type: "editCaption", on: true }, { type: "story", step: 2 }, { type: "editCaption", on: true }, { type: "story", step: 3 }], (s) => s.editingCaption, undefined],
    ["…and the editor stays open on its step", [{ type: "story", step: 2 }, { type: "editCaption", on: true }], (s) => s.editingCaption, true],
    ["presenter view needs a story", [{ type: "presenter", on: true }], (s) => s.view.presenter, undefined],
    ["leaving the story leaves presenter view too", [{ type: "story", step: 2 }, { type: "presenter", on: true }, { type: "story", step: undefined }], (s) => [s.view.story, s.view.presenter], [undefined, undefined]],
    ["the quiz starts on a clean picture: no selection, story step, search or time limit gives an answer away", [{ type: "select", selection: { type: "node", key: "x" } }, { type: "search", text: "dam" }, { type: "until", until: 9 }, { type: "quiz", claim: "claim:a" }], (s) => [s.quiz, s.view.selection, s.view.search, s.view.until], [{ claim: "claim:a", revealed: false }, undefined, "", undefined]],
    ["the class's answers are kept, then revealed", [{ type: "quiz", claim: "claim:a" }, { type: "quizPick", article: "a1" }, { type: "quizCount", count: 2 }, { type: "quizReveal" }], (s) => s.quiz, { claim: "claim:a", picked: "a1", count: 2, revealed: true }],
    ["answers without a quiz change nothing", [{ type: "quizPick", article: "a1" }, { type: "quizReveal" }], (s) => s.quiz, undefined],
    ["the claim's trace is kept for the quiz on it, dropped for another claim", [{ type: "quiz", claim: "claim:a" }, { type: "quizTrace", trace: trace("claim:b") }, { type: "quizTrace", trace: trace("claim:a") }], (s) => s.quiz?.trace?.root, "claim:a"],
    ["telling the story ends the quiz", [{ type: "quiz", claim: "claim:a" }, { type: "story", step: 1 }], (s) => [s.quiz, s.view.story], [undefined, 1]],
    ["choosing something ends the quiz; clearing the selection does not", [{ type: "quiz", claim: "claim:a" }, { type: "select", selection: undefined }, { type: "quizPick", article: "a1" }], (s) => s.quiz?.picked, "a1"],
    ["…", [{ type: "quiz", claim: "claim:a" }, { type: "select", selection: { type: "edge", key: "e" } }], (s) => s.quiz, undefined],
    ["the quiz ends on request", [{ type: "quiz", claim: "claim:a" }, { type: "quiz", claim: undefined }], (s) => "quiz" in s, false],
    ["all claims can be drawn, and the default comes back", [{ type: "allClaims", shown: true }, { type: "allClaims", shown: false }], (s) => "allClaims" in s.view, false],
  ])("%s", (_name, actions, read, expected) => {
    expect(read(run(actions))).toEqual(expected);
  });
});

describe("URL state", () => {
  it("round-trips a story step in presenter view with all claims drawn", () => {
    const s = { ...defaultState(), case: "story", story: 3, presenter: true, allClaims: true };
    expect(stateFromQuery(stateToQuery(s))).toEqual(s);
    expect(stateToQuery(s)).toContain("story=3");
  });
  it.each(["step=3", "story=3", "case=x&story=3"])("reads the step from %s", (q) => {
    expect(stateFromQuery(q).story).toBe(3);
  });
  it.each(["story=0", "story=two", "story=1.5", "present=1"])("ignores a malformed story in %s", (q) => {
    const s = stateFromQuery(q);
    expect(s.story).toBeUndefined();
    expect(s.presenter).toBeUndefined();
  });
  it("the page's #story=3 is read as the query (main.ts joins the hash to it)", () => {
    expect(initialState(`case=x&${"story=3"}`).view.story).toBe(3);
  });
});

describe("selectionFocus", () => {
  it("a finding lights its articles and the lines between them; a trace lights only its root until the trace arrives", async () => {
    const { indexCase } = await import("../../src/client/data.ts");
    const { selectionFocus } = await import("../../src/client/focus.ts");
    const { serializeGraph } = await import("../../src/graph/build.ts");
    const { storyFixture, WIRE, POST, WEEKLY } = await import("../fixtures/explorer/fixture.ts");
    const data = indexCase("story", serializeGraph((await storyFixture()).graph));
    const f = run([{ type: "select", selection: { type: "finding", id: "f-uncredited" } }]);
    const focus = selectionFocus(data, f)!;
    expect(focus.nodes.has(WIRE) && focus.nodes.has(POST)).toBe(true);
    expect(focus.nodes.has(WEEKLY)).toBe(false);
    for (const e of focus.edges) expect(focus.nodes.has(data.edges.get(e)!.source) && focus.nodes.has(data.edges.get(e)!.target)).toBe(true);
    const t = run([{ type: "select", selection: { type: "trace", key: "claim:dam-crack" } }]);
    expect([...selectionFocus(data, t)!.nodes]).toEqual(["claim:dam-crack"]);
    expect(selectionFocus(data, initialState(""))).toBeUndefined();
  });
});
