/**
 * The explorer's entry point: wiring only. It loads a case, keeps the one state (state.ts, changed only by reduce
 * through `dispatch`) and the runtime handles (runtime.ts), and connects the picture, the panels, the story bar, the quiz,
 * the time slider, the keys and the address to them; what follows from the state comes from selectors.ts.
 */
import { api } from "./api.ts";
import { zoomToNodes, SMALL_GRAPH } from "./camera.ts";
import { indexCase } from "./data.ts";
import { byId as $, h } from "./dom.ts";
import { keyCommand, type KeyCommand } from "./keyboard.ts";
import { changedLabels, visibleLabels } from "./labels.ts";
import { runForceLayout } from "./layoutForce.ts";
import { renderFilters, renderLegend } from "./panels/controls.ts";
import { renderList } from "./panels/list.ts";
import { renderQuiz, wireQuiz } from "./panels/quiz.ts";
import { blobToDataUrl, downloadHandout, wireStoryBar } from "./panels/story.ts";
import { wirePicture } from "./pictureEvents.ts";
import type { ShownStep } from "./captions.ts";
import { handoutHtml } from "./handout.ts";
import type { QuizKey } from "./quiz.ts";
import { attachAxis, createRenderer, exportPng, type ViewRenderer } from "./renderer.ts";
import { createRuntime, releasePicture } from "./runtime.ts";
import { selectionPanels } from "./selection.ts";
import { caseChoice, currentFocus, currentQuiz, highlightInput, loadedCaseChoice, shownSteps, statusLine } from "./selectors.ts";
import { initialState, PANELS, reduce, stateToQuery, type Action, type ExplorerState, type ViewState } from "./state.ts";
import { storyFlow } from "./storyFlow.ts";
import { loadTeacherStory } from "./teacherStore.ts";
import { dayLabel } from "./timeline.ts";
import { toSigmaGraph } from "./toSigmaGraph.ts";
import { mountWorkspace } from "./workspace.ts";

const scriptStart = performance.now();

/** What the browser tests and the benchmark read (never used by the app itself). */
interface TestHook {
  ready: boolean;
  error?: string;
  readonly renderer: ViewRenderer | undefined;
  readonly state: ViewState;
  timings: Record<string, number>;
  focus(): { nodes: string[]; edges: string[] } | undefined;
  /** Nodes whose label is drawn now (undefined when sigma's label grid decides). */
  labels(): string[] | undefined;
  runForce(ms: number): Promise<number>;
  /** Story mode: the step shown (from 1) and every step of the case's story, as shown (a teacher's words where given). */
  story(): { step?: number; steps: ShownStep[] };
  /** The handout page of the story, as the Handout button saves it. */
  handout(): Promise<string>;
  /** The quiz under way: the class's answers and the key they are checked against. */
  quiz(): { state?: ExplorerState["quiz"]; key?: QuizKey };
}

/** The one state (state.ts): replaced, never mutated, and only by reduce. */
let state: ExplorerState = initialState(`${location.search.slice(1)}&${location.hash.slice(1)}`);
/** The renderer, timers, frames and listeners of this page (runtime.ts). */
const rt = createRuntime();

const hook: TestHook = {
  ready: false,
  get state() {
    return state.view;
  },
  get renderer() {
    return rt.renderer;
  },
  timings: {},
  focus: () => {
    const focus = currentFocus(state);
    return focus ? { nodes: [...focus.nodes], edges: [...focus.edges] } : undefined;
  },
  labels: () => (rt.labels ? [...rt.labels.keys()] : undefined),
  story: () => ({ ...(state.view.story !== undefined ? { step: state.view.story } : {}), steps: shownSteps(state) }),
  handout: () => handout(),
  quiz: () => {
    const key = currentQuiz(state);
    return { ...(state.quiz ? { state: state.quiz } : {}), ...(key ? { key } : {}) };
  },
  runForce: async (ms) => (rt.model ? runForceLayout(rt.model.graph, ms).done : 0),
};
(window as unknown as { __claimtrail: TestHook }).__claimtrail = hook;

function status(text: string, error = false): void {
  const el = $("status");
  el.textContent = text;
  el.classList.toggle("error", error);
}

/** What sigma's reducers read on each frame. */
const currentInput = () => highlightInput(state, rt.model, rt.labels);

/** The one way the state changes: reduce, then bring the picture, the panels and the address up to date. */
function dispatch(action: Action): void {
  const prev = state;
  state = reduce(state, action);
  if (state === prev) return;
  const storyChanged = state.view.story !== prev.view.story || state.view.presenter !== prev.view.presenter;
  if (storyChanged || state.editingCaption !== prev.editingCaption || state.teacher !== prev.teacher) story.showStory();
  if (state.quiz !== prev.quiz) renderQuiz(state.data, currentQuiz(state), state.quiz);
  // Opening or closing the story or quiz bar, or presenter view, changes the picture's size: lay it out again for it.
  const resized = (state.view.story === undefined) !== (prev.view.story === undefined) || state.view.presenter !== prev.view.presenter || (state.quiz === undefined) !== (prev.quiz === undefined);
  if (state.view.layout !== prev.view.layout || state.view.allClaims !== prev.view.allClaims || resized) {
    draw();
    if (state.view.story !== undefined || storyChanged) story.showStoryTime();
  }
  if (state.view.panel !== prev.view.panel) panels.showPanel();
  refresh();
}

/** Re-places labels, redraws without re-indexing, and updates the URL and the status line. */
function refresh(): void {
  rt.labels = rt.renderer ? visibleLabels(rt.renderer, currentInput()) : undefined;
  rt.renderer?.refresh({ skipIndexation: true });
  const q = stateToQuery(state.view);
  history.replaceState(null, "", q ? `?${q}` : location.pathname);
  $("story-add").hidden = !state.view.selection || !state.teacher.canEdit;
  const line = statusLine(state, rt.model);
  if (line !== undefined) status(line);
}

/** After the camera moves, re-places labels for the new zoom and redraws only the nodes whose label appears or goes. */
function scheduleLabels(): void {
  if (rt.labelFrame !== undefined || !rt.labels) return;
  rt.labelFrame = requestAnimationFrame(() => {
    rt.labelFrame = undefined;
    const { renderer, labels } = rt;
    if (!renderer || !labels) return;
    const next = visibleLabels(renderer, currentInput());
    if (!next) return;
    const changed = changedLabels(labels, next);
    rt.labels = next;
    if (changed.length) renderer.refresh({ partialGraph: { nodes: changed }, skipIndexation: true });
  });
}

/** Choosing things and the side panels that show them (selection.ts). */
const panels = selectionPanels({
  state: () => state,
  dispatch,
  zoomTo,
  playFromStart: () => play(true),
  workspaceWritable: () => rt.workspaceWritable,
});

function zoomTo(keys: readonly string[]): void {
  if (rt.renderer && rt.model) zoomToNodes(rt.renderer, rt.model, keys);
}

/** The story bar and the quiz (storyFlow.ts). */
const story = storyFlow({
  state: () => state,
  dispatch,
  status,
  zoomToStep: (nodes) => {
    // A large case zooms to what the step talks about; a small one keeps the whole picture.
    if (rt.model && rt.model.graph.order > SMALL_GRAPH) zoomTo(nodes);
  },
  days: () => rt.model?.days,
});

// ---- The time slider ----

/** Time slider: stop i shows the story up to day i; the last stop shows everything. */
function setTime(index: number): void {
  if (!rt.model) return;
  const days = rt.model.days;
  $<HTMLInputElement>("slider").value = String(index);
  $("time-label").textContent = index >= days.length ? "All dates" : `Up to ${dayLabel(days[index]!)}`;
  dispatch({ type: "until", until: index >= days.length ? undefined : days[index]! });
}

/** Plays the slider day by day (from the first day when asked, or when it stands at the end), or pauses it. */
function play(fromStart = false): void {
  if (!rt.model) return;
  const button = $("play");
  if (rt.playTimer !== undefined) {
    window.clearInterval(rt.playTimer);
    rt.playTimer = undefined;
    button.textContent = "▶ Play";
    dispatch({ type: "play", playing: false });
    return;
  }
  const slider = $<HTMLInputElement>("slider");
  let i = fromStart || Number(slider.value) >= rt.model.days.length ? 0 : Number(slider.value);
  setTime(i);
  button.textContent = "❚❚ Pause";
  dispatch({ type: "play", playing: true });
  rt.playTimer = window.setInterval(() => {
    i += 1;
    setTime(i);
    if (i >= rt.model!.days.length) play();
  }, 1100);
}

// ---- The picture ----

/** Builds the drawable graph for the state's layout and (re)creates the renderer. */
function draw(): void {
  const data = state.data;
  if (!data) return;
  const layout = state.view.layout;
  releasePicture(rt);
  const t0 = performance.now();
  const stage = $("graph");
  const model = toSigmaGraph(data, layout, { width: stage.clientWidth || 1000, height: stage.clientHeight || 560 }, { allClaims: state.view.allClaims === true });
  rt.model = model;
  const t1 = performance.now();
  const renderer = createRenderer(stage, model, currentInput);
  rt.renderer = renderer;
  const t2 = performance.now();
  hook.timings.toSigmaGraph = t1 - t0;
  hook.timings.sigmaConstruct = t2 - t1;
  if (hook.timings.firstRender === undefined) hook.timings.firstRender = t2 - scriptStart;
  rt.detachAxis = attachAxis(renderer, $("axis"), model.ticks);
  $("axis").hidden = layout !== "timeline";
  wirePicture(renderer, model, stage, {
    node: (key) => void panels.selectNode(key),
    edge: (key) => {
      if (!state.quiz) panels.selectEdge(key);
    },
    stage: () => panels.clearSelection(),
    moved: scheduleLabels,
  });
  $<HTMLInputElement>("slider").max = String(model.days.length);
  const until = state.view.until;
  const idx = until === undefined ? model.days.length : Math.max(0, model.days.findIndex((d) => d >= until));
  setTime(idx === -1 ? model.days.length : idx);
  for (const l of ["timeline", "force"] as const) $(`layout-${l}`).setAttribute("aria-pressed", String(l === layout));
  if (layout === "force") {
    const budget = Math.min(8000, 1500 + model.graph.order / 4);
    const run = runForceLayout(model.graph, budget);
    rt.stopForce = run.stop;
    void run.done.then((ms) => {
      hook.timings.forceLayout = ms;
      void rt.renderer?.getCamera().animatedReset().then(() => refresh());
    });
  }
  renderFilters($("filter-body"), data, model.lanes, state.view, {
    onOutlet: (outlet, shown) => dispatch({ type: "outlet", outlet, shown }),
    onDates: (from, to) => dispatch({ type: "dates", from, to }),
  });
}

/** Walks the story, takes a still of the picture at each step, and writes the handout page; comes back to the step it started from. */
async function handout(): Promise<string> {
  const data = state.data;
  const all = shownSteps(state);
  if (!data || all.length === 0) throw new Error("explorer: this case has no story to hand out; expected at least one claim or finding");
  const back = state.view.story;
  if (back === undefined) story.goToStep(1);
  const images: string[] = [];
  for (let i = 1; i <= all.length; i++) {
    story.goToStep(i);
    if (!rt.renderer) break;
    images.push(await blobToDataUrl(await exportPng(rt.renderer, state.view.layout === "timeline" ? (rt.model?.ticks ?? []) : [])));
  }
  story.goToStep(back);
  return handoutHtml({ title: data.attributes.title ?? data.id, caseId: data.id, steps: shownSteps(state), images, origin: location.origin });
}

async function saveHandout(): Promise<void> {
  try {
    await downloadHandout(`${state.data?.id ?? "claimtrail"}-story.html`, handout);
  } catch (e) {
    status(`Could not make the handout: ${(e as Error).message}`, true);
  }
}

async function savePng(): Promise<void> {
  if (!rt.renderer) return;
  const blob = await exportPng(rt.renderer, state.view.layout === "timeline" ? rt.model?.ticks : []);
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = `${state.data?.id ?? "claimtrail"}.png`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

// ---- Controls and keys ----

/** Runs what a shortcut asks for (keyboard.ts). */
function runKey(command: KeyCommand, search: HTMLInputElement): void {
  const cam = rt.renderer?.getCamera();
  switch (command.type) {
    case "focusSearch":
      search.focus();
      break;
    case "fit":
      void cam?.animatedReset();
      break;
    case "zoom":
      void (command.direction === "in" ? cam?.animatedZoom(1.5) : cam?.animatedUnzoom(1.5));
      break;
    case "play":
      play();
      break;
    case "story":
      story.goToStep(command.step);
      break;
    case "quiz":
      story.openQuiz(command.on);
      break;
    case "presenter":
      dispatch({ type: "presenter", on: command.on });
      break;
    case "clear":
      if (command.search) {
        search.value = "";
        dispatch({ type: "search", text: "" });
      }
      panels.clearSelection();
      break;
  }
}

function wireControls(): void {
  for (const p of PANELS) {
    $(`tab-${p}`).addEventListener("click", () => {
      panels.openPanel(p);
      if (p === "trace") panels.drawTrace();
    });
  }
  $("side").querySelector("[role=tablist]")?.addEventListener("keydown", (ev) => {
    const e = ev as KeyboardEvent;
    const i = PANELS.indexOf(state.view.panel);
    if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
    e.stopPropagation();
    const next = PANELS[(i + (e.key === "ArrowRight" ? 1 : PANELS.length - 1)) % PANELS.length]!;
    panels.openPanel(next);
    $(`tab-${next}`).focus();
  });
  const search = $<HTMLInputElement>("search");
  search.value = state.view.search;
  search.addEventListener("input", () => dispatch({ type: "search", text: search.value }));
  search.addEventListener("keydown", (e) => {
    const matches = currentInput().matches;
    if (e.key === "Enter" && matches && matches.size) zoomTo([...matches]);
  });
  $("layout-timeline").addEventListener("click", () => dispatch({ type: "layout", layout: "timeline" }));
  $("layout-force").addEventListener("click", () => dispatch({ type: "layout", layout: "force" }));
  $("fit").addEventListener("click", () => void rt.renderer?.getCamera().animatedReset());
  wireStoryBar({
    open: () => story.goToStep(state.view.story === undefined ? 1 : undefined),
    previous: () => story.goToStep((state.view.story ?? 2) - 1),
    next: () => story.goToStep((state.view.story ?? 0) + 1),
    close: () => story.goToStep(undefined),
    presenter: () => dispatch({ type: "presenter", on: !state.view.presenter }),
    handout: () => void saveHandout(),
    edit: () => dispatch({ type: "editCaption", on: true }),
    save: (text) => story.saveCaption(text),
    reset: () => story.saveCaption(undefined),
    cancel: () => dispatch({ type: "editCaption", on: false }),
    move: (delta) => story.arrangeSteps(delta < 0 ? "earlier" : "later"),
    hide: () => story.arrangeSteps("hide"),
    unhide: () => story.arrangeSteps("unhide"),
  });
  $("story-add").addEventListener("click", () => story.addOwnStep());
  wireQuiz({
    open: () => story.openQuiz(!state.quiz),
    pick: (article) => dispatch({ type: "quizPick", article }),
    count: (n) => dispatch({ type: "quizCount", count: n }),
    reveal: () => dispatch({ type: "quizReveal" }),
    story: () => story.goToStep(1),
    close: () => story.openQuiz(false),
  });
  $("png").addEventListener("click", () => void savePng());
  $("play").addEventListener("click", () => play());
  $<HTMLInputElement>("slider").addEventListener("input", (e) => setTime(Number((e.target as HTMLInputElement).value)));
  document.addEventListener("keydown", (e) => {
    const t = e.target as HTMLElement;
    if (t.closest("input, select, textarea") && e.key !== "Escape") return;
    const bound = keyCommand(e.key, state, t === search);
    if (!bound) return;
    if (bound.preventDefault) e.preventDefault();
    runKey(bound.command, search);
  });
}

async function main(): Promise<void> {
  wireControls();
  const { cases } = await api.cases();
  const pick = $<HTMLSelectElement>("case");
  for (const c of cases) pick.append(h("option", { value: c.id }, caseChoice(c)));
  const chosen = cases.find((c) => c.id === state.view.case) ?? cases[0];
  rt.workspaceWritable = mountWorkspace(pick.closest("header") ?? document.body, () => chosen?.id);
  if (!chosen) {
    status("No cases to show: start claimtrail serve with a case folder.", true);
    return;
  }
  // Until the case is drawn, the state changes without redrawing (there is nothing to redraw yet).
  state = reduce(state, { type: "case", id: chosen.id });
  pick.value = chosen.id;
  pick.addEventListener("change", () => {
    location.search = `?case=${encodeURIComponent(pick.value)}`;
  });
  const f0 = performance.now();
  const json = await api.graph(chosen.id);
  hook.timings.fetchGraph = performance.now() - f0;
  const data = indexCase(chosen.id, json);
  const option = pick.selectedOptions[0];
  if (option) option.textContent = loadedCaseChoice(data);
  state = reduce(state, { type: "caseLoaded", data, teacher: await loadTeacherStory(data.id) });
  renderLegend($("legend"), state.view, (style, shown) => dispatch({ type: "style", style, shown }));
  draw();
  panels.drawFindings();
  renderList($("panel-list"), data, (k) => void panels.selectNode(k));
  panels.showPanel();
  if (state.view.panel === "trace") panels.drawTrace();
  await panels.restoreSelection();
  // A link to a story step reopens it (clamped to the story's length).
  if (state.view.story !== undefined) {
    const open = state.view;
    state = reduce(state, { type: "story", step: open.story, steps: shownSteps(state).length });
    if (open.presenter) state = reduce(state, { type: "presenter", on: true });
    story.showStory();
    draw();
    story.showStoryTime();
  }
  refresh();
  hook.ready = true;
  document.body.dataset.ready = "true";
}

main().catch((e: unknown) => {
  hook.error = (e as Error).message;
  status(`The explorer could not start: ${(e as Error).message}`, true);
});
