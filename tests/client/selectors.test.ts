/** What follows from the explorer's state (selectors.ts, keyboard.ts, labels' redraw set): computed from the state alone, the same object back for the same state, and the teacher's story changed only through reduce. On the synthetic fixture story (tests/fixtures/explorer). */
import { beforeAll, describe, expect, it } from "vitest";
import { emptyEdits } from "../../src/client/captions.ts";
import { indexCase, type CaseData } from "../../src/client/data.ts";
import { keyCommand } from "../../src/client/keyboard.ts";
import { changedLabels } from "../../src/client/labels.ts";
import { arrangedSteps, caseChoice, caseSummary, currentFocus, currentMatches, currentStep, highlightInput, lastCall, loadedCaseChoice, rearrangedStory, shownSteps, shownView, statusLine, storyBar, storySteps, withSelectionAsStep } from "../../src/client/selectors.ts";
import { initialState, reduce, type Action, type ExplorerState } from "../../src/client/state.ts";
import type { ArticleView } from "../../src/server/types.ts";
import { serializeGraph } from "../../src/graph/build.ts";
import { storyFixture } from "../fixtures/explorer/fixture.ts";
import type { LabelPlace, ViewModel } from "../../src/client/types.ts";

let data: CaseData;
beforeAll(async () => {
  data = indexCase("story", serializeGraph((await storyFixture()).graph));
}, 60_000);

const teacher = { edits: emptyEdits(), keptIn: "browser" as const, canEdit: true };
const loaded = (query = ""): ExplorerState => reduce(initialState(query), { type: "caseLoaded", data, teacher });
const run = (actions: Action[], from: ExplorerState = loaded()): ExplorerState => actions.reduce(reduce, from);

describe("the state's new session parts", () => {
  it("a loaded case starts with no article read and the teacher's story as loaded", () => {
    const s = loaded();
    expect(s.data).toBe(data);
    expect(s.articles.size).toBe(0);
    expect(s.teacher).toBe(teacher);
  });
  it("an edited story replaces the edits, keeps where they are kept, and leaves the old state alone", () => {
    const before = loaded();
    const edits = { ...emptyEdits(), hidden: ["origin"] };
    const after = reduce(before, { type: "storyEdited", edits });
    expect(after.teacher).toEqual({ ...teacher, edits });
    expect(before.teacher.edits.hidden).toEqual([]);
    expect(reduce(after, { type: "storyEdited", edits })).toBe(after);
  });
  it("an article read is kept by key, in a new map; the same one again changes nothing", () => {
    const view = { meta: {} } as unknown as ArticleView;
    const before = loaded();
    const after = reduce(before, { type: "articleLoaded", key: "a1", view });
    expect(after.articles.get("a1")).toBe(view);
    expect(before.articles.size).toBe(0);
    expect(reduce(after, { type: "articleLoaded", key: "a1", view })).toBe(after);
  });
});

describe("selectors", () => {
  it("lastCall answers the same arguments from its cache and recomputes for new ones", () => {
    let calls = 0;
    const f = lastCall((a: object, b: number) => ({ a, b, n: ++calls }));
    const o = {};
    expect(f(o, 1)).toBe(f(o, 1));
    expect(f(o, 2).n).toBe(2);
    expect(f({}, 2).n).toBe(3);
  });

  it("the generated story is built once per case; without a case there is none", () => {
    expect(storySteps(data)).toBe(storySteps(data));
    expect(storySteps(undefined)).toEqual([]);
    expect(shownSteps(loaded())).toBe(shownSteps(loaded()));
  });

  it("a story step lights its own nodes and sets the view's time to its date; leaving it lights the selection again", () => {
    const s = run([{ type: "story", step: 1 }]);
    const step = currentStep(s)!;
    expect(step.id).toBe(shownSteps(s)[0]!.id);
    expect([...currentFocus(s)!.nodes]).toEqual(step.nodes);
    expect(shownView(s).until).toBe(step.until);
    expect(currentFocus(s)).toBe(currentFocus(s));
    const back = run([{ type: "story", step: undefined }, { type: "select", selection: { type: "finding", id: "f-uncredited" } }], s);
    expect(currentStep(back)).toBeUndefined();
    expect(currentFocus(back)!.nodes.size).toBeGreaterThan(0);
    expect(currentFocus(loaded())).toBeUndefined();
  });

  it("hiding a step leaves it out of the story as shown, and the bar counts it; showing them all brings it back", () => {
    const s = run([{ type: "story", step: 1 }]);
    const first = currentStep(s)!;
    const hidden = reduce(s, { type: "storyEdited", edits: rearrangedStory(s, "hide")! });
    expect(shownSteps(hidden).map((x) => x.id)).not.toContain(first.id);
    expect(arrangedSteps(hidden).find((x) => x.id === first.id)?.hidden).toBe(true);
    expect(storyBar(hidden)).toMatchObject({ n: 1, hiddenCount: 1, total: shownSteps(s).length - 1, keptIn: "browser", canEdit: true });
    const again = reduce(hidden, { type: "storyEdited", edits: rearrangedStory(hidden, "unhide")! });
    expect(shownSteps(again).map((x) => x.id)).toEqual(shownSteps(s).map((x) => x.id));
    expect(rearrangedStory(loaded(), "hide")).toBeUndefined();
  });

  it("moving a step later swaps it with the next one the class sees", () => {
    const s = run([{ type: "story", step: 1 }]);
    const [a, b] = shownSteps(s);
    const moved = reduce(s, { type: "storyEdited", edits: rearrangedStory(s, "later")! });
    expect(shownSteps(moved).slice(0, 2).map((x) => x.id)).toEqual([b!.id, a!.id]);
  });

  it("the selection becomes a step of the teacher's own, last, lighting what the selection lit", () => {
    const s = run([{ type: "select", selection: { type: "finding", id: "f-uncredited" } }]);
    const edits = withSelectionAsStep(s, "own:x")!;
    const after = reduce(s, { type: "storyEdited", edits });
    const last = shownSteps(after).at(-1)!;
    expect(last).toMatchObject({ id: "own:x", own: true });
    expect(new Set(last.nodes)).toEqual(currentFocus(s)!.nodes);
    expect(withSelectionAsStep(loaded(), "own:y")).toBeUndefined();
  });

  it("search matches and the status line come from the search box and the drawn graph's search text", () => {
    const graph = { mapNodes: <T>(f: (k: string, a: { search?: string }) => T) => [f("n1", { search: "the wire said" }), f("n2", { search: "a blog" }), f("lane", {})] };
    const model = { graph } as unknown as ViewModel;
    const s = run([{ type: "search", text: "Wire" }]);
    expect([...currentMatches(s.view.search, model)!]).toEqual(["n1"]);
    expect(statusLine(s, model)).toBe("1 match for “Wire”");
    expect(statusLine(loaded(), model)).toBe(caseSummary(data));
    expect(statusLine(initialState(""), undefined)).toBeUndefined();
    const input = highlightInput(s, model, undefined);
    expect(input.matches?.has("n1")).toBe(true);
    expect(highlightInput(s, model, undefined)).toBe(input);
  });

  it("the quiz draws every arrow alike until the answers are revealed", () => {
    const claim = [...data.nodes].find(([, n]) => n.kind === "claim")![0];
    const s = run([{ type: "quiz", claim }]);
    expect(highlightInput(s, undefined, undefined).plainArrows).toBe(true);
    expect(highlightInput(reduce(s, { type: "quizReveal" }), undefined, undefined).plainArrows).toBeUndefined();
  });
});

describe("keyCommand", () => {
  const story = () => run([{ type: "story", step: 2 }]);
  it.each<[string, () => ExplorerState, string, boolean, unknown]>([
    ["'/' focuses the search box", loaded, "/", false, { command: { type: "focusSearch" }, preventDefault: true }],
    ["'s' opens the story", loaded, "s", false, { command: { type: "story", step: 1 } }],
    ["'S' closes it", story, "S", false, { command: { type: "story", step: undefined } }],
    ["→ goes to the next step", story, "ArrowRight", false, { command: { type: "story", step: 3 }, preventDefault: true }],
    ["← outside the story does nothing", loaded, "ArrowLeft", false, undefined],
    ["'-' zooms out", loaded, "-", false, { command: { type: "zoom", direction: "out" } }],
    ["Esc in the story leaves it", story, "Escape", false, { command: { type: "story", step: undefined } }],
    ["Esc in presenter view leaves presenter view first", () => reduce(story(), { type: "presenter", on: true }), "Escape", false, { command: { type: "presenter", on: false } }],
    ["Esc in the quiz ends the quiz first", () => run([{ type: "quiz", claim: "claim:x" }]), "Escape", false, { command: { type: "quiz", on: false } }],
    ["Esc in the search box clears it and the selection", loaded, "Escape", true, { command: { type: "clear", search: true } }],
    ["an unbound key does nothing", loaded, "x", false, undefined],
  ])("%s", (_name, state, key, inSearch, expected) => {
    expect(keyCommand(key, state(), inSearch)).toEqual(expected);
  });
});

describe("changedLabels", () => {
  it("lists labels that appear, go, change side or change to their shorter text, and nothing else", () => {
    const right: LabelPlace = { side: "right" };
    const left: LabelPlace = { side: "left" };
    const prev = new Map<string, LabelPlace>([["a", right], ["b", left], ["c", right], ["e", right]]);
    const next = new Map<string, LabelPlace>([["a", { side: "right" }], ["b", right], ["d", left], ["e", { side: "right", short: true }]]);
    expect(changedLabels(prev, next).sort()).toEqual(["b", "c", "d", "e"]);
    expect(changedLabels(prev, prev)).toEqual([]);
  });
});

describe("the case picker", () => {
  it("says a case not yet analysed is being analysed, not that it has 0 articles", () => {
    expect(caseChoice({ title: "Bridge rumour", articles: 0, analysing: true })).toBe("Bridge rumour (being analysed)");
    expect(caseChoice({ title: "Bridge rumour", articles: 7, analysing: true })).toBe("Bridge rumour (7 articles)");
    expect(caseChoice({ title: "Bridge rumour", articles: 7 })).toBe("Bridge rumour (7 articles)");
  });

  it("names a loaded case by its graph's title and article count", () => {
    const articles = [...data.nodes.values()].filter((n) => n.kind === "article").length;
    expect(articles).toBeGreaterThan(0);
    expect(loadedCaseChoice(data)).toBe(`${data.attributes.title ?? data.id} (${articles} articles)`);
  });
});
