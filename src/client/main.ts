/** The explorer's entry point: loads a case, draws it with sigma, and wires the panels, filters, time slider and URL state together. */
import type { OriginTrace } from "../analyse/types.ts";
import type { Finding } from "../graph/types.ts";
import type { ArticleView } from "../server/types.ts";
import { api } from "./api.ts";
import { findingEdges, indexCase, labelOf, type CaseData } from "./data.ts";
import { h } from "./dom.ts";
import type { Focus, HighlightInput } from "./highlight.ts";
import { visibleLabels } from "./labels.ts";
import { runForceLayout } from "./layoutForce.ts";
import { renderArticle } from "./panels/article.ts";
import { renderCompare } from "./panels/compare.ts";
import { renderFilters, renderLegend } from "./panels/controls.ts";
import { renderFindings } from "./panels/findings.ts";
import { renderList } from "./panels/list.ts";
import { renderTrace } from "./panels/trace.ts";
import { SOURCE_WORDS } from "./palette.ts";
import { attachAxis, createRenderer, exportPng, type ViewRenderer } from "./renderer.ts";
import { stateFromQuery, stateToQuery, type PanelName, type ViewState } from "./state.ts";
import { dayLabel } from "./timeline.ts";
import { toSigmaGraph } from "./toSigmaGraph.ts";
import { articleEditor, mountWorkspace } from "./workspace.ts";
import type { LabelSide, LayoutName, ViewModel } from "./types.ts";

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
}

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`explorer: element #${id} is missing from index.html`);
  return el as T;
};

const state: ViewState = stateFromQuery(location.search);
let data: CaseData | undefined;
let model: ViewModel | undefined;
let renderer: ViewRenderer | undefined;
let detachAxis: (() => void) | undefined;
let focus: Focus | undefined;
let matches: Set<string> | undefined;
let labels: Map<string, LabelSide> | undefined;
let labelFrame: number | undefined;
let trace: OriginTrace | undefined;
let traceError: string | undefined;
let stopForce: (() => void) | undefined;
let playTimer: number | undefined;
const articleViews = new Map<string, ArticleView>();

const hook: TestHook = {
  ready: false,
  state,
  timings: {},
  focus: () => (focus ? { nodes: [...focus.nodes], edges: [...focus.edges] } : undefined),
  labels: () => (labels ? [...labels.keys()] : undefined),
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
  const q = stateToQuery(state);
  history.replaceState(null, "", q ? `?${q}` : location.pathname);
}

/** Nodes and edges to bring forward for the current selection. */
function computeFocus(): Focus | undefined {
  if (!data || !state.selection) return undefined;
  const sel = state.selection;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const addEdge = (key: string) => {
    const e = data!.edges.get(key);
    if (!e) return;
    edges.add(key);
    nodes.add(e.source);
    nodes.add(e.target);
  };
  switch (sel.type) {
    case "finding": {
      const f = data.findings.find((x) => x.id === sel.id);
      if (!f) return undefined;
      for (const a of f.articles) nodes.add(a);
      if (f.claim) nodes.add(f.claim);
      for (const e of findingEdges(data, f)) addEdge(e);
      // The lines from the articles to the claim they all make (hidden by default, drawn for this finding).
      if (f.claim) for (const e of data.incident.get(f.claim) ?? []) if (data.edges.get(e)!.attributes.kind === "asserts" && f.articles.includes(data.edges.get(e)!.source)) addEdge(e);
      // The people and sources the finding's articles share: where a recycled or amplified story leads back to.
      if (f.articles.length > 1) for (const e of sharedSourceEdges(data, f.articles)) addEdge(e);
      break;
    }
    case "node": {
      if (!data.nodes.has(sel.key)) return undefined;
      nodes.add(sel.key);
      for (const e of data.incident.get(sel.key) ?? []) addEdge(e);
      break;
    }
    case "edge":
      if (!data.edges.has(sel.key)) return undefined;
      addEdge(sel.key);
      break;
    case "trace": {
      nodes.add(sel.key);
      if (trace?.root !== sel.key) return { nodes, edges };
      for (const e of trace.edges) addEdge(e);
      for (const k of [...trace.articles, ...trace.primarySources]) nodes.add(k);
      break;
    }
  }
  return { nodes, edges };
}

/** Quote edges from the given articles to sources that at least two of them quote. */
function sharedSourceEdges(d: CaseData, articles: readonly string[]): string[] {
  const bySource = new Map<string, string[]>();
  for (const a of new Set(articles)) {
    for (const key of d.incident.get(a) ?? []) {
      const e = d.edges.get(key)!;
      if (e.source !== a || e.attributes.kind !== "quotes") continue;
      const list = bySource.get(e.target);
      if (list) list.push(key);
      else bySource.set(e.target, [key]);
    }
  }
  return [...bySource.values()].filter((l) => l.length > 1).flat();
}

function computeMatches(): Set<string> | undefined {
  const q = state.search.trim().toLowerCase();
  if (!q || !model) return undefined;
  const out = new Set<string>();
  model.graph.forEachNode((key, a) => {
    if (a.search?.includes(q)) out.add(key);
  });
  return out;
}

/** What the reducers read on each frame. */
function highlightInput(): HighlightInput {
  return { state, ...(focus ? { focus } : {}), ...(matches ? { matches } : {}), ...(labels ? { labels } : {}) };
}

/** Re-derives highlight input and labels, redraws without re-indexing, and updates the URL. */
function refresh(): void {
  focus = computeFocus();
  matches = computeMatches();
  labels = renderer ? visibleLabels(renderer, highlightInput()) : undefined;
  renderer?.refresh({ skipIndexation: true });
  syncUrl();
  const n = matches?.size;
  if (n !== undefined) status(`${n} match${n === 1 ? "" : "es"} for “${state.search}”`);
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

function showPanel(panel: PanelName): void {
  state.panel = panel;
  for (const p of ["findings", "trace", "article", "compare", "list"] as const) {
    const tab = $(`tab-${p}`);
    tab.setAttribute("aria-selected", String(p === panel));
    tab.tabIndex = p === panel ? 0 : -1;
    $(`panel-${p}`).hidden = p !== panel;
  }
  syncUrl();
}

function drawFindings(): void {
  if (!data) return;
  renderFindings($("panel-findings"), {
    data,
    ...(state.selection?.type === "finding" ? { selected: state.selection.id } : {}),
    onSelect: (f?: Finding) => {
      state.selection = f ? { type: "finding", id: f.id } : undefined;
      drawFindings();
      refresh();
      if (f) zoomToNodes(f.articles);
    },
  });
}

function drawTrace(): void {
  if (!data) return;
  const root = state.selection?.type === "trace" ? state.selection.key : undefined;
  renderTrace($("panel-trace"), {
    data,
    ...(root ? { root } : {}),
    ...(trace && trace.root === root ? { trace } : {}),
    ...(traceError ? { error: traceError } : {}),
    onPick: (key) => void selectTrace(key),
    onPlay: () => play(true),
    onNode: (key) => void selectNode(key),
  });
}

async function selectTrace(key: string | undefined): Promise<void> {
  state.selection = key ? { type: "trace", key } : undefined;
  traceError = undefined;
  showPanel("trace");
  drawTrace();
  refresh();
  if (!key || !data) return;
  try {
    trace = await api.trace(data.id, key);
  } catch (e) {
    traceError = `Could not trace this node: ${(e as Error).message}`;
  }
  drawTrace();
  refresh();
}

async function selectNode(key: string): Promise<void> {
  if (!data) return;
  const n = data.nodes.get(key);
  if (!n) return;
  state.selection = { type: "node", key };
  refresh();
  const panel = $("panel-article");
  switch (n.kind) {
    case "article": {
      showPanel("article");
      try {
        let view = articleViews.get(key);
        if (!view) {
          panel.replaceChildren(h("p", {}, "Loading the article…"));
          view = await api.article(data.id, key);
          articleViews.set(key, view);
        }
        renderArticle(panel, { data, view, onEdge: (e) => selectEdge(e), onNode: (k) => void selectTrace(k) });
        if (await workspaceWritable) panel.append(articleEditor(data.id, key, { ...(view.meta.outlet ? { outlet: view.meta.outlet } : {}), ...(view.meta.published ? { published: view.meta.published.iso } : {}), ...(view.meta.title ? { title: view.meta.title } : {}) }));
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
      showPanel("article");
      const who = n.kind === "source" ? `${SOURCE_WORDS[n.sourceType] ?? "source"}${n.role ? `, ${n.role}` : ""}` : n.inCase ? "outlet of the case" : "outlet cited, but none of its articles is in the case";
      const by = new Set<string>();
      for (const e of data.incident.get(key) ?? []) {
        const edge = data.edges.get(e)!;
        if (edge.target === key) by.add(labelOf(data, edge.source));
      }
      panel.replaceChildren(h("h2", {}, n.label), h("p", {}, who), h("p", {}, by.size ? `Relied on by: ${[...by].join(", ")}` : "No article relies on it."));
      break;
    }
  }
}

function selectEdge(key: string): void {
  if (!data || !data.edges.has(key)) return;
  state.selection = { type: "edge", key };
  renderCompare($("panel-compare"), data, key);
  showPanel("compare");
  refresh();
}

function clearSelection(): void {
  state.selection = undefined;
  trace = undefined;
  drawFindings();
  refresh();
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
  if (index >= days.length) {
    delete state.until;
    $("time-label").textContent = "All dates";
  } else {
    state.until = days[index]!;
    $("time-label").textContent = `Up to ${dayLabel(days[index]!)}`;
  }
  refresh();
}

function play(fromStart = false): void {
  if (!model) return;
  const button = $("play");
  if (playTimer !== undefined) {
    window.clearInterval(playTimer);
    playTimer = undefined;
    button.textContent = "▶ Play";
    return;
  }
  const slider = $<HTMLInputElement>("slider");
  let i = fromStart || Number(slider.value) >= model.days.length ? 0 : Number(slider.value);
  setTime(i);
  button.textContent = "❚❚ Pause";
  playTimer = window.setInterval(() => {
    i += 1;
    setTime(i);
    if (i >= model!.days.length) play();
  }, 1100);
}

/** Builds the drawable graph for the current layout and (re)creates the renderer. */
function draw(layout: LayoutName): void {
  if (!data) return;
  stopForce?.();
  detachAxis?.();
  renderer?.kill();
  const t0 = performance.now();
  const stage = $("graph");
  model = toSigmaGraph(data, layout, { width: stage.clientWidth || 1000, height: stage.clientHeight || 560 });
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
  const idx = state.until === undefined ? model.days.length : Math.max(0, model.days.findIndex((d) => d >= state.until!));
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
  renderFilters($("filter-body"), data, model.lanes, state, {
    onOutlet: (outlet, shown) => {
      if (shown) state.hiddenOutlets.delete(outlet);
      else state.hiddenOutlets.add(outlet);
      refresh();
    },
    onDates: (from, to) => {
      if (from === undefined) delete state.from;
      else state.from = from;
      if (to === undefined) delete state.to;
      else state.to = to;
      refresh();
    },
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
    if (kind !== "lane" && kind !== "range") selectEdge(edge);
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
  for (const p of ["findings", "trace", "article", "compare", "list"] as const) {
    $(`tab-${p}`).addEventListener("click", () => {
      showPanel(p);
      if (p === "trace") drawTrace();
    });
  }
  $("side").querySelector("[role=tablist]")?.addEventListener("keydown", (ev) => {
    const e = ev as KeyboardEvent;
    const order = ["findings", "trace", "article", "compare", "list"] as const;
    const i = order.indexOf(state.panel);
    if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
    const next = order[(i + (e.key === "ArrowRight" ? 1 : order.length - 1)) % order.length]!;
    showPanel(next);
    $(`tab-${next}`).focus();
  });
  const search = $<HTMLInputElement>("search");
  search.value = state.search;
  search.addEventListener("input", () => {
    state.search = search.value;
    refresh();
  });
  search.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && matches && matches.size) zoomToNodes([...matches]);
  });
  $("layout-timeline").addEventListener("click", () => switchLayout("timeline"));
  $("layout-force").addEventListener("click", () => switchLayout("force"));
  $("fit").addEventListener("click", () => void renderer?.getCamera().animatedReset());
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
      case "Escape":
        if (t === search) {
          search.value = "";
          state.search = "";
        }
        clearSelection();
        break;
    }
  });
}

function switchLayout(layout: LayoutName): void {
  if (state.layout === layout) return;
  state.layout = layout;
  draw(layout);
  refresh();
}

async function savePng(): Promise<void> {
  if (!renderer) return;
  const blob = await exportPng(renderer, state.layout === "timeline" ? model?.ticks : []);
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = `${data?.id ?? "claimtrail"}.png`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** Re-opens what the URL names once the case is drawn. */
async function restoreSelection(): Promise<void> {
  const sel = state.selection;
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

async function main(): Promise<void> {
  wireControls();
  const { cases } = await api.cases();
  const pick = $<HTMLSelectElement>("case");
  for (const c of cases) {
    const opt = h("option", { value: c.id }, `${c.title} (${c.articles} articles)`);
    pick.append(opt);
  }
  const chosen = cases.find((c) => c.id === state.case) ?? cases[0];
  workspaceWritable = mountWorkspace(pick.closest("header") ?? document.body, () => chosen?.id);
  if (!chosen) {
    status("No cases to show: start claimtrail serve with a case folder.", true);
    return;
  }
  state.case = chosen.id;
  pick.value = chosen.id;
  pick.addEventListener("change", () => {
    location.search = `?case=${encodeURIComponent(pick.value)}`;
  });
  const f0 = performance.now();
  const json = await api.graph(chosen.id);
  hook.timings.fetchGraph = performance.now() - f0;
  data = indexCase(chosen.id, json);
  renderLegend($("legend"), state, (style, shown) => {
    if (shown) state.hiddenStyles.delete(style);
    else state.hiddenStyles.add(style);
    refresh();
  });
  draw(state.layout);
  drawFindings();
  renderList($("panel-list"), data, (k) => void selectNode(k));
  showPanel(state.panel);
  if (state.panel === "trace") drawTrace();
  await restoreSelection();
  refresh();
  hook.ready = true;
  document.body.dataset.ready = "true";
}

main().catch((e: unknown) => {
  hook.error = (e as Error).message;
  status(`The explorer could not start: ${(e as Error).message}`, true);
});
