/** The explorer's entry point: loads a case, draws it with sigma, and wires the panels, filters, time slider and URL state together. */
import type { Finding } from "../graph/types.ts";
import type { ArticleView } from "../server/types.ts";
import { api } from "./api.ts";
import { indexCase, labelOf, type CaseData } from "./data.ts";
import { h } from "./dom.ts";
import { searchMatches, selectionFocus } from "./focus.ts";
import type { Focus, HighlightInput } from "./highlight.ts";
import { visibleLabels } from "./labels.ts";
import { runForceLayout } from "./layoutForce.ts";
import { renderArticle } from "./panels/article.ts";
import { renderCompare } from "./panels/compare.ts";
import { addRelationControls, nodeReviewControls, reviewControls } from "./panels/review.ts";
import { renderFilters, renderLegend } from "./panels/controls.ts";
import { renderFindings } from "./panels/findings.ts";
import { renderList } from "./panels/list.ts";
import { blobToDataUrl, downloadHandout, renderStoryBar, wireStoryBar } from "./panels/story.ts";
import { renderTrace } from "./panels/trace.ts";
import { renderQuiz, wireQuiz } from "./panels/quiz.ts";
import { quizFocus, quizKey, type QuizKey } from "./quiz.ts";
import { mainClaims } from "./claims.ts";
import { FINDING_TITLES, SOURCE_WORDS } from "./palette.ts";
import { attachAxis, createRenderer, exportPng, type ViewRenderer } from "./renderer.ts";
import { initialState, PANELS, reduce, stateToQuery, type Action, type ExplorerState, type PanelName, type ViewState } from "./state.ts";
import { addStep, arrangeStory, emptyEdits, hideStep, loadEdits, moveStep, removeStep, saveEdits, setCaption, shownStory, type ShownStep, type StoryEdits } from "./captions.ts";
import { handoutHtml } from "./handout.ts";
import { buildStory, type StoryStep } from "./story.ts";
import { dayLabel, dayStart } from "./timeline.ts";
import { toSigmaGraph } from "./toSigmaGraph.ts";
import { articleEditor, mountWorkspace } from "./workspace.ts";
import type { LabelSide, ViewModel } from "./types.ts";

const scriptStart = performance.now();
/** Whether this server lets the reader correct and delete articles (known once the workspace probe answers). */
let workspaceWritable: Promise<boolean> = Promise.resolve(false);
/** Graphs up to this many drawn nodes fit the screen with their labels: selections do not zoom. */
const SMALL_GRAPH = 300;

/** What the browser tests and the benchmark read (never used by the app itself). */
interface TestHook {
  ready: boolean;
  error?: string;
  renderer?: ViewRenderer;
  state: ViewState;
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

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`explorer: element #${id} is missing from index.html`);
  return el as T;
};

/** The one UI state (state.ts); changed only through `dispatch`. */
let state: ExplorerState = initialState(`${location.search.slice(1)}&${location.hash.slice(1)}`);
/** The loaded case and its drawable graph: data, not UI state. */
let data: CaseData | undefined;
let model: ViewModel | undefined;
let renderer: ViewRenderer | undefined;
let detachAxis: (() => void) | undefined;
let stopForce: (() => void) | undefined;
let playTimer: number | undefined;
/** Derived from the state on each refresh (and, for labels, from the camera): what sigma's reducers read. */
let focus: Focus | undefined;
let matches: Set<string> | undefined;
let labels: Map<string, LabelSide> | undefined;
let labelFrame: number | undefined;
/** The case's story (story.ts), written once per loaded case when first asked for. */
let storySteps: StoryStep[] | undefined;
/** A teacher's own story of this case (captions.ts), loaded with the case, kept apart from the generated steps: with the case in the workspace store when the server keeps it, else in this browser. */
let teacher: { edits: StoryEdits; keptIn: "workspace" | "browser"; canEdit: boolean } = { edits: emptyEdits(), keptIn: "browser", canEdit: true };
const articleViews = new Map<string, ArticleView>();

const hook: TestHook = {
  ready: false,
  state: state.view,
  timings: {},
  focus: () => (focus ? { nodes: [...focus.nodes], edges: [...focus.edges] } : undefined),
  labels: () => (labels ? [...labels.keys()] : undefined),
  story: () => ({ ...(state.view.story !== undefined ? { step: state.view.story } : {}), steps: shownSteps() }),
  handout: () => handout(),
  quiz: () => ({ ...(state.quiz ? { state: state.quiz } : {}), ...(currentQuiz() ? { key: currentQuiz()! } : {}) }),
  runForce: async (ms) => {
    if (!model) return 0;
    const run = runForceLayout(model.graph, ms);
    return run.done;
  },
};
(window as unknown as { __claimtrail: TestHook }).__claimtrail = hook;

function status(text: string, error = false): void {
  const el = $("status");
  el.textContent = text;
  el.classList.toggle("error", error);
}

function syncUrl(): void {
  const q = stateToQuery(state.view);
  history.replaceState(null, "", q ? `?${q}` : location.pathname);
}

/** The one way the state changes: reduce, then bring the picture, the panels and the address up to date. */
function dispatch(action: Action): void {
  const prev = state;
  state = reduce(state, action);
  if (state === prev) return;
  hook.state = state.view;
  const storyChanged = state.view.story !== prev.view.story || state.view.presenter !== prev.view.presenter;
  if (storyChanged || state.editingCaption !== prev.editingCaption) showStory();
  if (state.quiz !== prev.quiz) renderQuiz(data, currentQuiz(), state.quiz);
  // Opening or closing the story or quiz bar, or presenter view, changes the picture's size: lay it out again for it.
  const resized = (state.view.story === undefined) !== (prev.view.story === undefined) || state.view.presenter !== prev.view.presenter || (state.quiz === undefined) !== (prev.quiz === undefined);
  if (state.view.layout !== prev.view.layout || state.view.allClaims !== prev.view.allClaims || resized) {
    draw();
    if (state.view.story !== undefined || storyChanged) showStoryTime();
  }
  if (state.view.panel !== prev.view.panel) showPanel();
  refresh();
}

/** The case's story steps. */
function steps(): StoryStep[] {
  if (!data) return [];
  storySteps ??= buildStory(data);
  return storySteps;
}

/** The steps as the class sees them: the teacher's order and words, their own steps, hidden ones left out. */
function shownSteps(): ShownStep[] {
  return shownStory(steps(), teacher.edits);
}

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Keeps the teacher's changed story where this server keeps it (the workspace store, else this browser) and shows it. */
function keepStory(edits: StoryEdits): void {
  if (!data) return;
  teacher = { ...teacher, edits };
  if (teacher.keptIn === "workspace") {
    const caseId = data.id;
    api.saveStory(caseId, edits).catch((e: unknown) => status(`Your change to the story was not saved with the case: ${(e as Error).message}`, true));
  } else if (!saveEdits(browserStorage(), data.id, edits)) status("This browser refused to keep your change to the story: it is shown until the page is closed.", true);
}

/** Keeps (or, with text undefined, forgets) the teacher's words for the step shown. */
function saveCaption(text: string | undefined): void {
  const step = currentStep();
  if (!step) return;
  keepStory(setCaption(teacher.edits, step, text ?? ""));
  if (state.editingCaption) dispatch({ type: "editCaption", on: false });
  else showStory();
}

/** Moves, hides (a step of the teacher's own: deletes) or shows again the hidden steps, and stays on a step that still exists. */
function arrangeSteps(change: "earlier" | "later" | "hide" | "unhide"): void {
  const step = currentStep();
  const n = state.view.story;
  if (!step || n === undefined) return;
  const all = arrangeStory(steps(), teacher.edits);
  const e = teacher.edits;
  const next = change === "unhide" ? { ...e, hidden: [] } : change === "hide" ? (step.own ? removeStep(e, step.id) : hideStep(e, step.id, true)) : moveStep(e, all, step.id, change === "earlier" ? -1 : 1);
  keepStory(next);
  const at = shownSteps().findIndex((s) => s.id === step.id);
  goToStep(at >= 0 ? at + 1 : Math.min(n, shownSteps().length));
  showStory();
  refresh();
}

/** Adds what is selected as a step of the teacher's own, after the story's last step, and opens its editor. */
function addOwnStep(): void {
  const sel = state.view.selection;
  if (!data || !sel) return;
  const lit = selectionFocus(data, state);
  const finding = sel.type === "finding" ? data.findings.find((f) => f.id === sel.id) : undefined;
  const title = sel.type === "finding" ? (finding ? (FINDING_TITLES[finding.type] ?? finding.type) : "A finding") : labelOf(data, sel.key);
  const id = `own:${Date.now().toString(36)}`;
  // The teacher writes the caption next; until then the step says what it shows.
  keepStory(addStep(teacher.edits, arrangeStory(steps(), teacher.edits), { id, title, caption: `${title}.`, nodes: [...(lit?.nodes ?? [])], edges: [...(lit?.edges ?? [])] }));
  goToStep(shownSteps().findIndex((s) => s.id === id) + 1);
  dispatch({ type: "editCaption", on: true });
}

/** Goes to a story step (from 1), or leaves the story with undefined. */
function goToStep(step: number | undefined): void {
  dispatch({ type: "story", step, steps: shownSteps().length });
  // A large case zooms to what the step talks about; a small one keeps the whole picture.
  const n = state.view.story;
  if (n !== undefined && model && model.graph.order > SMALL_GRAPH) zoomToNodes(shownSteps()[n - 1]?.nodes ?? []);
}

/** Shows the story bar for the state's step, or hides it; presenter view on the body. */
function showStory(): void {
  const n = state.view.story;
  const all = shownSteps();
  const step = n !== undefined ? all[n - 1] : undefined;
  renderStoryBar({
    ...(n !== undefined ? { n } : {}),
    ...(step ? { step } : {}),
    total: all.length,
    editing: state.editingCaption === true,
    presenter: state.view.presenter === true,
    hiddenCount: teacher.edits.hidden.filter((id) => steps().some((s) => s.id === id)).length,
    keptIn: teacher.keptIn,
    canEdit: teacher.canEdit,
  });
  showStoryTime();
}

/** The time slider shows the story step's date (or every date); the slider itself is the reader's, set back when the story ends. */
function showStoryTime(): void {
  const until = shownView().until;
  $("time-label").textContent = until === undefined ? "All dates" : `Up to ${dayLabel(until)}`;
  if (model) $<HTMLInputElement>("slider").value = String(until === undefined ? model.days.length : Math.max(0, model.days.findIndex((d) => d >= dayStart(until))));
}

/** The questions and answers of the quiz under way, if any. */
function currentQuiz(): QuizKey | undefined {
  return state.quiz && data ? quizKey(data, state.quiz.claim, state.quiz.trace) : undefined;
}

/** Starts the quiz on the case's main claim (loading its origin trace for the answers), or ends it. */
function openQuiz(on: boolean): void {
  const claim = on && data ? mainClaims(data)[0] : undefined;
  if (on && !claim) return status("This case has no claim to ask the class about.", true);
  dispatch({ type: "quiz", claim });
  const caseId = data?.id;
  if (claim && caseId) api.trace(caseId, claim).then((trace) => dispatch({ type: "quizTrace", trace }), () => undefined);
}

/** What to light: the quiz's claim and answers, the story step when telling the story, else the selection. */
function currentFocus(): Focus | undefined {
  if (!data) return undefined;
  const quiz = currentQuiz();
  if (quiz && state.quiz) return quizFocus(data, quiz, state.quiz);
  const step = currentStep();
  if (step) return { nodes: new Set(step.nodes), edges: new Set(step.edges) };
  return selectionFocus(data, state);
}

/** The story step shown, if any. */
function currentStep(): ShownStep | undefined {
  const n = state.view.story;
  return n !== undefined ? shownSteps()[n - 1] : undefined;
}

/** The view the reducers filter by: a story step sets the time slider to its own date, so the picture grows step by step. */
function shownView(): ViewState {
  const until = currentStep()?.until;
  return until !== undefined ? { ...state.view, until } : state.view;
}

/** What the reducers read on each frame. */
function highlightInput(): HighlightInput {
  return { state: shownView(), ...(focus ? { focus } : {}), ...(matches ? { matches } : {}), ...(labels ? { labels } : {}), ...(state.quiz && !state.quiz.revealed ? { plainArrows: true } : {}) };
}

/** Re-derives highlight input and labels, redraws without re-indexing, and updates the URL. */
function refresh(): void {
  focus = currentFocus();
  matches = model ? searchMatches(state.view.search, model.graph.mapNodes((k, a) => [k, a.search] as [string, string | undefined])) : undefined;
  labels = renderer ? visibleLabels(renderer, highlightInput()) : undefined;
  renderer?.refresh({ skipIndexation: true });
  syncUrl();
  $("story-add").hidden = !state.view.selection || !teacher.canEdit;
  const n = matches?.size;
  if (n !== undefined) status(`${n} match${n === 1 ? "" : "es"} for “${state.view.search}”`);
  else if (data) status(summaryText(data));
}

/** After the camera moves, re-places labels for the new zoom and redraws only the nodes whose label appears or goes. */
function scheduleLabels(): void {
  if (labelFrame !== undefined || !labels) return;
  labelFrame = requestAnimationFrame(() => {
    labelFrame = undefined;
    if (!renderer || !labels) return;
    const next = visibleLabels(renderer, highlightInput());
    if (!next) return;
    const changed = [...next.keys()].filter((k) => labels!.get(k) !== next.get(k)).concat([...labels.keys()].filter((k) => !next.has(k)));
    labels = next;
    if (changed.length) renderer.refresh({ partialGraph: { nodes: changed }, skipIndexation: true });
  });
}

function summaryText(d: CaseData): string {
  let articles = 0;
  let outlets = 0;
  for (const n of d.nodes.values()) {
    if (n.kind === "article") articles++;
    if (n.kind === "outlet") outlets++;
  }
  return `${d.attributes.title ?? d.id}: ${articles} articles, ${outlets} outlets, ${d.findings.length} findings`;
}

/** Shows the state's panel and its tab. */
function showPanel(): void {
  const panel = state.view.panel;
  for (const p of PANELS) {
    const tab = $(`tab-${p}`);
    tab.setAttribute("aria-selected", String(p === panel));
    tab.tabIndex = p === panel ? 0 : -1;
    $(`panel-${p}`).hidden = p !== panel;
  }
}

function openPanel(panel: PanelName): void {
  dispatch({ type: "panel", panel });
}

function drawFindings(): void {
  if (!data) return;
  renderFindings($("panel-findings"), {
    data,
    ...(state.view.selection?.type === "finding" ? { selected: state.view.selection.id } : {}),
    onSelect: (f?: Finding) => {
      dispatch({ type: "select", selection: f ? { type: "finding", id: f.id } : undefined });
      drawFindings();
      if (f) zoomToNodes(f.articles);
    },
  });
}

function drawTrace(): void {
  if (!data) return;
  const root = state.view.selection?.type === "trace" ? state.view.selection.key : undefined;
  const { trace, traceError } = state;
  renderTrace($("panel-trace"), {
    data,
    ...(root ? { root } : {}),
    ...(trace && trace.root === root ? { trace } : {}),
    ...(traceError ? { error: traceError } : {}),
    allClaims: state.view.allClaims === true,
    onPick: (key) => void selectTrace(key),
    onPlay: () => play(true),
    onNode: (key) => void selectNode(key),
    onAllClaims: (shown) => {
      dispatch({ type: "allClaims", shown });
      drawTrace();
    },
  });
}

async function selectTrace(key: string | undefined): Promise<void> {
  dispatch({ type: "select", selection: key ? { type: "trace", key } : undefined });
  openPanel("trace");
  drawTrace();
  if (!key || !data) return;
  try {
    dispatch({ type: "traceLoaded", trace: await api.trace(data.id, key) });
  } catch (e) {
    dispatch({ type: "traceFailed", key, error: `Could not trace this node: ${(e as Error).message}` });
  }
  drawTrace();
}

async function selectNode(key: string): Promise<void> {
  if (!data) return;
  const n = data.nodes.get(key);
  if (!n) return;
  // In the quiz, clicking an article answers question 1; nothing else opens (a panel could give the answer away).
  if (state.quiz) return void (n.kind === "article" && dispatch({ type: "quizPick", article: key }));
  dispatch({ type: "select", selection: { type: "node", key } });
  const panel = $("panel-article");
  switch (n.kind) {
    case "article": {
      openPanel("article");
      try {
        let view = articleViews.get(key);
        if (!view) {
          panel.replaceChildren(h("p", {}, "Loading the article…"));
          view = await api.article(data.id, key);
          articleViews.set(key, view);
        }
        renderArticle(panel, { data, view, onEdge: (e) => selectEdge(e), onNode: (k) => void selectTrace(k) });
        if (await workspaceWritable) panel.append(articleEditor(data.id, key, { ...(view.meta.outlet ? { outlet: view.meta.outlet } : {}), ...(view.meta.published ? { published: view.meta.published.iso } : {}), ...(view.meta.title ? { title: view.meta.title } : {}) }));
        // Workspace mode: a relation the reading missed, added on selected words (src/client/panels/review.ts).
        const bodyEl = panel.querySelector<HTMLElement>(".body");
        if (bodyEl && (await workspaceWritable)) panel.append(addRelationControls(data.id, key, data.nodes, bodyEl, () => setTimeout(() => location.reload(), 600)));
      } catch (e) {
        panel.replaceChildren(h("p", { class: "error" }, `Could not load the article: ${(e as Error).message}`));
      }
      break;
    }
    case "claim":
      void selectTrace(key);
      break;
    case "source":
    case "outlet": {
      openPanel("article");
      const who = n.kind === "source" ? `${SOURCE_WORDS[n.sourceType] ?? "source"}${n.role ? `, ${n.role}` : ""}` : n.inCase ? "outlet of the case" : "outlet cited, but none of its articles is in the case";
      const by = new Set<string>();
      for (const e of data.incident.get(key) ?? []) {
        const edge = data.edges.get(e)!;
        if (edge.target === key) by.add(labelOf(data, edge.source));
      }
      panel.replaceChildren(h("h2", {}, n.label), h("p", {}, who), h("p", {}, by.size ? `Relied on by: ${[...by].join(", ")}` : "No article relies on it."));
      // Workspace mode: rename, retype or merge it (src/client/panels/review.ts).
      const shownCase = data;
      void workspaceWritable.then((w) => w && data === shownCase && panel.append(nodeReviewControls(shownCase.id, key, n, shownCase.nodes, () => setTimeout(() => location.reload(), 600))));
      break;
    }
  }
}

function selectEdge(key: string): void {
  if (!data || !data.edges.has(key)) return;
  dispatch({ type: "select", selection: { type: "edge", key } });
  renderCompare($("panel-compare"), data, key);
  // Workspace mode: confirm or reject the arrow (src/client/panels/review.ts); the page reloads on the re-analysed case.
  const shown = data;
  void workspaceWritable.then((writable) => {
    const edge = shown.edges.get(key);
    if (writable && edge && data === shown) $("panel-compare").append(reviewControls(shown.id, edge, () => setTimeout(() => location.reload(), 600)));
  });
  openPanel("compare");
}

function clearSelection(): void {
  dispatch({ type: "select", selection: undefined });
  drawFindings();
}

function zoomToNodes(keys: readonly string[]): void {
  if (!renderer || !model) return;
  const pts = keys.filter((k) => model!.graph.hasNode(k)).map((k) => renderer!.getNodeDisplayData(k)).filter((d) => !!d);
  if (pts.length === 0) return;
  const xs = pts.map((p) => p!.x);
  const ys = pts.map((p) => p!.y);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const spread = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  // A small case already fits the screen: keep the whole picture, so the highlighted path is seen against the rest. Large ones zoom, leaving room for labels.
  if (model.graph.order <= SMALL_GRAPH) {
    void renderer.getCamera().animatedReset({ duration: 300 });
    return;
  }
  void renderer.getCamera().animate({ x: cx, y: cy, ratio: Math.min(1, Math.max(0.3, spread * 2)) }, { duration: 400 });
}

/** Time slider: stop i shows the story up to day i; the last stop shows everything. */
function setTime(index: number): void {
  if (!model) return;
  const days = model.days;
  const slider = $<HTMLInputElement>("slider");
  slider.value = String(index);
  $("time-label").textContent = index >= days.length ? "All dates" : `Up to ${dayLabel(days[index]!)}`;
  dispatch({ type: "until", until: index >= days.length ? undefined : days[index]! });
}

function play(fromStart = false): void {
  if (!model) return;
  const button = $("play");
  if (playTimer !== undefined) {
    window.clearInterval(playTimer);
    playTimer = undefined;
    button.textContent = "▶ Play";
    dispatch({ type: "play", playing: false });
    return;
  }
  const slider = $<HTMLInputElement>("slider");
  let i = fromStart || Number(slider.value) >= model.days.length ? 0 : Number(slider.value);
  setTime(i);
  button.textContent = "❚❚ Pause";
  dispatch({ type: "play", playing: true });
  playTimer = window.setInterval(() => {
    i += 1;
    setTime(i);
    if (i >= model!.days.length) play();
  }, 1100);
}

/** Builds the drawable graph for the state's layout and (re)creates the renderer. */
function draw(): void {
  if (!data) return;
  const layout = state.view.layout;
  stopForce?.();
  detachAxis?.();
  renderer?.kill();
  const t0 = performance.now();
  const stage = $("graph");
  model = toSigmaGraph(data, layout, { width: stage.clientWidth || 1000, height: stage.clientHeight || 560 }, { allClaims: state.view.allClaims === true });
  const t1 = performance.now();
  labels = undefined;
  renderer = createRenderer(stage, model, highlightInput);
  const t2 = performance.now();
  hook.renderer = renderer;
  hook.timings.toSigmaGraph = t1 - t0;
  hook.timings.sigmaConstruct = t2 - t1;
  if (hook.timings.firstRender === undefined) hook.timings.firstRender = t2 - scriptStart;
  detachAxis = attachAxis(renderer, $("axis"), model.ticks);
  $("axis").hidden = layout !== "timeline";
  wireRenderer(renderer);
  const slider = $<HTMLInputElement>("slider");
  slider.max = String(model.days.length);
  const until = state.view.until;
  const idx = until === undefined ? model.days.length : Math.max(0, model.days.findIndex((d) => d >= until));
  setTime(idx === -1 ? model.days.length : idx);
  for (const l of ["timeline", "force"] as const) $(`layout-${l}`).setAttribute("aria-pressed", String(l === layout));
  if (layout === "force") {
    const budget = Math.min(8000, 1500 + model.graph.order / 4);
    const run = runForceLayout(model.graph, budget);
    stopForce = run.stop;
    void run.done.then((ms) => {
      hook.timings.forceLayout = ms;
      void renderer?.getCamera().animatedReset().then(() => refresh());
    });
  }
  renderFilters($("filter-body"), data, model.lanes, state.view, {
    onOutlet: (outlet, shown) => dispatch({ type: "outlet", outlet, shown }),
    onDates: (from, to) => dispatch({ type: "dates", from, to }),
  });
}

function wireRenderer(r: ViewRenderer): void {
  r.setSetting("enableEdgeEvents", true);
  r.getCamera().on("updated", scheduleLabels);
  r.on("resize", scheduleLabels);
  const decor = (key: string) => {
    const kind = model?.graph.getNodeAttribute(key, "kind");
    return kind === "lane" || kind === "range";
  };
  r.on("clickNode", ({ node }) => {
    if (!decor(node)) void selectNode(node);
  });
  r.on("clickEdge", ({ edge }) => {
    const kind = model?.graph.getEdgeAttribute(edge, "kind");
    if (kind !== "lane" && kind !== "range" && !state.quiz) selectEdge(edge);
  });
  r.on("clickStage", () => clearSelection());
  r.on("enterNode", ({ node }) => {
    if (!decor(node)) $("graph").classList.add("pointer");
  });
  r.on("leaveNode", () => $("graph").classList.remove("pointer"));
  r.on("enterEdge", () => $("graph").classList.add("pointer"));
  r.on("leaveEdge", () => $("graph").classList.remove("pointer"));
}

function wireControls(): void {
  for (const p of PANELS) {
    $(`tab-${p}`).addEventListener("click", () => {
      openPanel(p);
      if (p === "trace") drawTrace();
    });
  }
  $("side").querySelector("[role=tablist]")?.addEventListener("keydown", (ev) => {
    const e = ev as KeyboardEvent;
    const i = PANELS.indexOf(state.view.panel);
    if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
    e.stopPropagation();
    const next = PANELS[(i + (e.key === "ArrowRight" ? 1 : PANELS.length - 1)) % PANELS.length]!;
    openPanel(next);
    $(`tab-${next}`).focus();
  });
  const search = $<HTMLInputElement>("search");
  search.value = state.view.search;
  search.addEventListener("input", () => dispatch({ type: "search", text: search.value }));
  search.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && matches && matches.size) zoomToNodes([...matches]);
  });
  $("layout-timeline").addEventListener("click", () => dispatch({ type: "layout", layout: "timeline" }));
  $("layout-force").addEventListener("click", () => dispatch({ type: "layout", layout: "force" }));
  $("fit").addEventListener("click", () => void renderer?.getCamera().animatedReset());
  wireStoryBar({
    open: () => goToStep(state.view.story === undefined ? 1 : undefined),
    previous: () => goToStep((state.view.story ?? 2) - 1),
    next: () => goToStep((state.view.story ?? 0) + 1),
    close: () => goToStep(undefined),
    presenter: () => dispatch({ type: "presenter", on: !state.view.presenter }),
    handout: () => void saveHandout(),
    edit: () => dispatch({ type: "editCaption", on: true }),
    save: (text) => saveCaption(text),
    reset: () => saveCaption(undefined),
    cancel: () => dispatch({ type: "editCaption", on: false }),
    move: (delta) => arrangeSteps(delta < 0 ? "earlier" : "later"),
    hide: () => arrangeSteps("hide"),
    unhide: () => arrangeSteps("unhide"),
  });
  $("story-add").addEventListener("click", () => addOwnStep());
  wireQuiz({
    open: () => openQuiz(!state.quiz),
    pick: (article) => dispatch({ type: "quizPick", article }),
    count: (n) => dispatch({ type: "quizCount", count: n }),
    reveal: () => dispatch({ type: "quizReveal" }),
    story: () => goToStep(1),
    close: () => openQuiz(false),
  });
  $("png").addEventListener("click", () => void savePng());
  $("play").addEventListener("click", () => play());
  $<HTMLInputElement>("slider").addEventListener("input", (e) => setTime(Number((e.target as HTMLInputElement).value)));
  document.addEventListener("keydown", (e) => {
    const t = e.target as HTMLElement;
    if (t.closest("input, select, textarea") && e.key !== "Escape") return;
    const cam = renderer?.getCamera();
    switch (e.key) {
      case "/":
        e.preventDefault();
        search.focus();
        break;
      case "f":
      case "F":
        void cam?.animatedReset();
        break;
      case "+":
      case "=":
        void cam?.animatedZoom(1.5);
        break;
      case "-":
        void cam?.animatedUnzoom(1.5);
        break;
      case "p":
      case "P":
        play();
        break;
      case "s":
      case "S":
        goToStep(state.view.story === undefined ? 1 : undefined);
        break;
      case "q":
      case "Q":
        openQuiz(!state.quiz);
        break;
      case "ArrowRight":
      case "PageDown":
        if (state.view.story === undefined) break;
        e.preventDefault();
        goToStep(state.view.story + 1);
        break;
      case "ArrowLeft":
      case "PageUp":
        if (state.view.story === undefined) break;
        e.preventDefault();
        goToStep(state.view.story - 1);
        break;
      case "Escape":
        // Esc steps out one level: presenter view, then the story or the quiz, then the selection.
        if (state.quiz) {
          openQuiz(false);
          break;
        }
        if (state.view.presenter) {
          dispatch({ type: "presenter", on: false });
          break;
        }
        if (state.view.story !== undefined) {
          goToStep(undefined);
          break;
        }
        if (t === search) {
          search.value = "";
          dispatch({ type: "search", text: "" });
        }
        clearSelection();
        break;
    }
  });
}

/** Walks the story, takes a still of the picture at each step, and writes the handout page; comes back to the step it started from. */
async function handout(): Promise<string> {
  const all = shownSteps();
  if (!data || all.length === 0) throw new Error("explorer: this case has no story to hand out; expected at least one claim or finding");
  const back = state.view.story;
  if (back === undefined) goToStep(1);
  const images: string[] = [];
  for (let i = 1; i <= all.length; i++) {
    goToStep(i);
    if (!renderer) break;
    images.push(await blobToDataUrl(await exportPng(renderer, state.view.layout === "timeline" ? (model?.ticks ?? []) : [])));
  }
  goToStep(back);
  return handoutHtml({ title: data.attributes.title ?? data.id, caseId: data.id, steps: shownSteps(), images, origin: location.origin });
}

async function saveHandout(): Promise<void> {
  try {
    await downloadHandout(`${data?.id ?? "claimtrail"}-story.html`, handout);
  } catch (e) {
    status(`Could not make the handout: ${(e as Error).message}`, true);
  }
}

async function savePng(): Promise<void> {
  if (!renderer) return;
  const blob = await exportPng(renderer, state.view.layout === "timeline" ? model?.ticks : []);
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = `${data?.id ?? "claimtrail"}.png`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** Re-opens what the URL names once the case is drawn. */
async function restoreSelection(): Promise<void> {
  const sel = state.view.selection;
  if (!sel || !data) return;
  switch (sel.type) {
    case "finding":
      drawFindings();
      break;
    case "node":
      await selectNode(sel.key);
      break;
    case "edge":
      selectEdge(sel.key);
      break;
    case "trace":
      await selectTrace(sel.key);
      break;
  }
}

/** The teacher's story of a case: kept with the case when the server has a workspace store (changed there only by a page that may write), else in this browser. */
async function teacherStory(caseId: string): Promise<typeof teacher> {
  const kept = await api.story(caseId).catch(() => undefined);
  if (kept?.stored) return { edits: kept.edits ?? emptyEdits(), keptIn: "workspace", canEdit: kept.writable };
  return { edits: loadEdits(browserStorage(), caseId), keptIn: "browser", canEdit: true };
}

async function main(): Promise<void> {
  wireControls();
  const { cases } = await api.cases();
  const pick = $<HTMLSelectElement>("case");
  for (const c of cases) {
    const opt = h("option", { value: c.id }, `${c.title} (${c.articles} articles)`);
    pick.append(opt);
  }
  const chosen = cases.find((c) => c.id === state.view.case) ?? cases[0];
  workspaceWritable = mountWorkspace(pick.closest("header") ?? document.body, () => chosen?.id);
  if (!chosen) {
    status("No cases to show: start claimtrail serve with a case folder.", true);
    return;
  }
  state = reduce(state, { type: "case", id: chosen.id });
  pick.value = chosen.id;
  pick.addEventListener("change", () => {
    location.search = `?case=${encodeURIComponent(pick.value)}`;
  });
  const f0 = performance.now();
  const json = await api.graph(chosen.id);
  hook.timings.fetchGraph = performance.now() - f0;
  data = indexCase(chosen.id, json);
  teacher = await teacherStory(data.id);
  renderLegend($("legend"), state.view, (style, shown) => dispatch({ type: "style", style, shown }));
  draw();
  drawFindings();
  renderList($("panel-list"), data, (k) => void selectNode(k));
  showPanel();
  if (state.view.panel === "trace") drawTrace();
  await restoreSelection();
  // A link to a story step reopens it (clamped to the story's length).
  if (state.view.story !== undefined) {
    const open = state.view;
    state = reduce(state, { type: "story", step: open.story, steps: shownSteps().length });
    if (open.presenter) state = reduce(state, { type: "presenter", on: true });
    hook.state = state.view;
    showStory();
    draw();
    showStoryTime();
  }
  refresh();
  hook.ready = true;
  document.body.dataset.ready = "true";
}

main().catch((e: unknown) => {
  hook.error = (e as Error).message;
  status(`The explorer could not start: ${(e as Error).message}`, true);
});
