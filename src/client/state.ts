/**
 * The explorer's one state: what the view shows (round-tripped through the URL, so a link reopens it) and what the
 * session learnt (the loaded case, a teacher's story of it, loaded traces and articles, whether the story plays).
 * Changed only by `reduce(state, action)`, which returns a new state and never mutates the old one; what follows from
 * it (the focus, search matches, the story as shown) is computed by selectors.ts, never kept beside it. Pure.
 */
import type { OriginTrace } from "../analyse/types.ts";
import type { ArticleView } from "../server/types.ts";
import { emptyEdits, type StoryEdits } from "./captions.ts";
import type { CaseData } from "./data.ts";
import type { EdgeStyleId } from "./palette.ts";
import { EDGE_STYLES } from "./palette.ts";
import type { LayoutName } from "./types.ts";

/** What is selected: a node, an edge, a finding, or an origin trace. */
export type Selection =
  | { type: "node"; key: string }
  | { type: "edge"; key: string }
  | { type: "finding"; id: string }
  | { type: "trace"; key: string };

export type PanelName = "findings" | "trace" | "article" | "compare" | "list";

export const PANELS: readonly PanelName[] = ["findings", "trace", "article", "compare", "list"];

/** The part of the state a link carries. */
export interface ViewState {
  case?: string;
  layout: LayoutName;
  selection?: Selection;
  panel: PanelName;
  search: string;
  /** Edge styles switched off by the filters. */
  hiddenStyles: ReadonlySet<EdgeStyleId>;
  /** Outlet keys switched off by the filters. */
  hiddenOutlets: ReadonlySet<string>;
  /** Epoch ms bounds of the date filter (inclusive day starts). */
  from?: number;
  to?: number;
  /** Time slider: show only what existed up to this time (epoch ms); undefined shows everything. */
  until?: number;
  /** Draw every claim, not only the case's main ones. */
  allClaims?: boolean;
  /** Story mode: the step shown, counted from 1 (undefined: not telling the story). */
  story?: number;
  /** Story mode for a projector: large caption, no panels. */
  presenter?: boolean;
}

/** The quiz on a claim (quiz.ts): what the class answered, and whether the answers are shown. */
export interface QuizState {
  claim: string;
  /** The article the class says the claim started from. */
  picked?: string;
  /** The number of independent sources the class says. */
  count?: number;
  revealed: boolean;
  /** The claim's origin trace, once loaded (answers where the claim itself does not say). */
  trace?: OriginTrace;
}

/** A teacher's own story of the loaded case (captions.ts) and where it is kept: with the case in the workspace store when the server keeps it (changed there only by a page that may write), else in this browser. */
export interface TeacherStory {
  edits: StoryEdits;
  keptIn: "workspace" | "browser";
  canEdit: boolean;
}

/** The whole state: the view and what the session has loaded or started. */
export interface ExplorerState {
  view: ViewState;
  /** The case shown, once its graph has loaded (indexed once; never changed after). */
  data?: CaseData;
  /** The teacher's story of the case, kept apart from the generated steps; until the case loads, none, kept in this browser. */
  teacher: TeacherStory;
  /** Articles read so far, by node key (the article panel asks the server once per article). */
  articles: ReadonlyMap<string, ArticleView>;
  /** The origin trace of the traced node, once loaded (it belongs to `view.selection` when that is a trace of `trace.root`). */
  trace?: OriginTrace;
  traceError?: string;
  /** The time slider plays the story day by day. */
  playing: boolean;
  /** The teacher is writing their own caption for the story step shown. */
  editingCaption?: boolean;
  /** The quiz, while the class answers it (arrows' kinds and findings hidden). */
  quiz?: QuizState;
}

/** Everything that can change the state. */
export type Action =
  | { type: "select"; selection: Selection | undefined }
  | { type: "panel"; panel: PanelName }
  | { type: "search"; text: string }
  | { type: "style"; style: EdgeStyleId; shown: boolean }
  | { type: "outlet"; outlet: string; shown: boolean }
  | { type: "dates"; from: number | undefined; to: number | undefined }
  | { type: "until"; until: number | undefined }
  | { type: "layout"; layout: LayoutName }
  | { type: "case"; id: string }
  | { type: "traceLoaded"; trace: OriginTrace }
  | { type: "traceFailed"; key: string; error: string }
  | { type: "play"; playing: boolean }
  | { type: "allClaims"; shown: boolean }
  | { type: "story"; step: number | undefined; steps?: number }
  | { type: "presenter"; on: boolean }
  | { type: "editCaption"; on: boolean }
  | { type: "quiz"; claim: string | undefined }
  | { type: "quizPick"; article: string }
  | { type: "quizCount"; count: number }
  | { type: "quizReveal" }
  | { type: "quizTrace"; trace: OriginTrace }
  | { type: "caseLoaded"; data: CaseData; teacher: TeacherStory }
  | { type: "storyEdited"; edits: StoryEdits }
  | { type: "articleLoaded"; key: string; view: ArticleView };

export function defaultState(): ViewState {
  const hiddenStyles = new Set<EdgeStyleId>();
  for (const s of Object.values(EDGE_STYLES)) if (!s.shownByDefault) hiddenStyles.add(s.id);
  return { layout: "timeline", panel: "findings", search: "", hiddenStyles, hiddenOutlets: new Set() };
}

/** The state a page opens with, from its query string. */
export function initialState(query: string): ExplorerState {
  return { view: stateFromQuery(query), playing: false, teacher: { edits: emptyEdits(), keptIn: "browser", canEdit: true }, articles: new Map() };
}

function withView(s: ExplorerState, view: Partial<ViewState>): ExplorerState {
  return { ...s, view: { ...s.view, ...view } };
}

function without<T extends object, K extends keyof T>(o: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...o };
  for (const k of keys) delete copy[k];
  return copy;
}

function toggled<T>(set: ReadonlySet<T>, item: T, present: boolean): ReadonlySet<T> {
  if (set.has(item) === present) return set;
  const next = new Set(set);
  if (present) next.add(item);
  else next.delete(item);
  return next;
}

/** Applies an action: a new state, the old one untouched (the same object back when nothing changes). */
export function reduce(s: ExplorerState, a: Action): ExplorerState {
  switch (a.type) {
    case "select": {
      // A new selection drops a trace loaded for another node; a trace selection waits for its trace.
      const keepTrace = a.selection?.type === "trace" && s.trace?.root === a.selection.key;
      const base = keepTrace ? without(s, "traceError") : without(s, "trace", "traceError");
      // Choosing something in the picture or the panels leaves the story and the quiz.
      if (!a.selection) return { ...base, view: without(s.view, "selection") };
      return { ...without(base, "quiz"), view: { ...without(s.view, "story", "presenter"), selection: a.selection } };
    }
    case "panel":
      return s.view.panel === a.panel ? s : withView(s, { panel: a.panel });
    case "search":
      return s.view.search === a.text ? s : withView(s, { search: a.text });
    case "style": {
      const hiddenStyles = toggled(s.view.hiddenStyles, a.style, !a.shown);
      return hiddenStyles === s.view.hiddenStyles ? s : withView(s, { hiddenStyles });
    }
    case "outlet": {
      const hiddenOutlets = toggled(s.view.hiddenOutlets, a.outlet, !a.shown);
      return hiddenOutlets === s.view.hiddenOutlets ? s : withView(s, { hiddenOutlets });
    }
    case "dates": {
      const view = without(s.view, "from", "to");
      return { ...s, view: { ...view, ...(a.from !== undefined ? { from: a.from } : {}), ...(a.to !== undefined ? { to: a.to } : {}) } };
    }
    case "until":
      return { ...s, view: a.until === undefined ? without(s.view, "until") : { ...s.view, until: a.until } };
    case "layout":
      return s.view.layout === a.layout ? s : withView(s, { layout: a.layout });
    case "case":
      return withView(s, { case: a.id });
    case "traceLoaded": {
      const sel = s.view.selection;
      // A trace that arrives after the reader moved on is dropped.
      if (sel?.type !== "trace" || sel.key !== a.trace.root) return s;
      return { ...without(s, "traceError"), trace: a.trace };
    }
    case "traceFailed": {
      const sel = s.view.selection;
      if (sel?.type !== "trace" || sel.key !== a.key) return s;
      return { ...without(s, "trace"), traceError: a.error };
    }
    case "play":
      return s.playing === a.playing ? s : { ...s, playing: a.playing };
    case "allClaims":
      return Boolean(s.view.allClaims) === a.shown ? s : { ...s, view: a.shown ? { ...s.view, allClaims: true } : without(s.view, "allClaims") };
    case "story": {
      if (a.step === undefined) return { ...without(s, "editingCaption"), view: without(s.view, "story", "presenter") };
      // The story tells what the quiz asked: it ends the quiz.
      // Clamped to the story's steps when their number is known; a story step replaces any selection, search and time limit.
      const max = a.steps ?? Infinity;
      const step = Math.max(1, Math.min(max, Math.round(a.step)));
      return { ...without(s, "trace", "traceError", "editingCaption", "quiz"), playing: false, view: { ...without(s.view, "selection", "until"), search: "", story: step } };
    }
    case "editCaption":
      if (a.on && s.view.story === undefined) return s;
      return Boolean(s.editingCaption) === a.on ? s : a.on ? { ...s, editingCaption: true } : without(s, "editingCaption");
    case "quiz":
      // The quiz starts on a clean picture: no selection, story, search or time limit gives an answer away.
      if (a.claim === undefined) return s.quiz ? without(s, "quiz") : s;
      return { ...without(s, "trace", "traceError", "editingCaption"), playing: false, quiz: { claim: a.claim, revealed: false }, view: { ...without(s.view, "selection", "story", "presenter", "until"), search: "" } };
    case "quizPick":
      return s.quiz && s.quiz.picked !== a.article ? { ...s, quiz: { ...s.quiz, picked: a.article } } : s;
    case "quizCount":
      return s.quiz && s.quiz.count !== a.count ? { ...s, quiz: { ...s.quiz, count: a.count } } : s;
    case "quizReveal":
      return s.quiz && !s.quiz.revealed ? { ...s, quiz: { ...s.quiz, revealed: true } } : s;
    case "quizTrace":
      // A trace that arrives after the quiz ended, or for another claim, is dropped.
      return s.quiz && s.quiz.claim === a.trace.root ? { ...s, quiz: { ...s.quiz, trace: a.trace } } : s;
    case "presenter":
      if (a.on && s.view.story === undefined) return s;
      return Boolean(s.view.presenter) === a.on ? s : { ...s, view: a.on ? { ...s.view, presenter: true } : without(s.view, "presenter") };
    case "caseLoaded":
      // The page shows one case: another case is a new page, so what was read of an earlier one cannot linger.
      return { ...s, data: a.data, teacher: a.teacher, articles: new Map() };
    case "storyEdited":
      return s.teacher.edits === a.edits ? s : { ...s, teacher: { ...s.teacher, edits: a.edits } };
    case "articleLoaded": {
      if (s.articles.get(a.key) === a.view) return s;
      const articles = new Map(s.articles);
      articles.set(a.key, a.view);
      return { ...s, articles };
    }
  }
}

const SELECTIONS = ["node", "edge", "finding", "trace"] as const;

function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

function parseDay(s: string | null): number | undefined {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return undefined;
  const t = Date.parse(`${s}T00:00:00Z`);
  return Number.isNaN(t) ? undefined : t;
}

/** Encodes the view as a query string (only what differs from the default). */
export function stateToQuery(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.case) p.set("case", state.case);
  if (state.layout !== "timeline") p.set("layout", state.layout);
  if (state.selection) p.set("sel", `${state.selection.type}:${"key" in state.selection ? state.selection.key : state.selection.id}`);
  if (state.panel !== "findings") p.set("panel", state.panel);
  if (state.search) p.set("q", state.search);
  const defaults = defaultState().hiddenStyles;
  const same = defaults.size === state.hiddenStyles.size && [...defaults].every((s) => state.hiddenStyles.has(s));
  if (!same) p.set("hide", [...state.hiddenStyles].join(",") || "none");
  if (state.hiddenOutlets.size) p.set("outlets", [...state.hiddenOutlets].join(","));
  if (state.from !== undefined) p.set("from", isoDay(state.from));
  if (state.to !== undefined) p.set("to", isoDay(state.to));
  if (state.until !== undefined) p.set("until", isoDay(state.until));
  if (state.allClaims) p.set("claims", "all");
  if (state.story !== undefined) p.set("story", String(state.story));
  if (state.presenter) p.set("present", "1");
  return p.toString();
}

/** Decodes a query string; anything malformed falls back to the default rather than failing. */
export function stateFromQuery(query: string): ViewState {
  const p = new URLSearchParams(query);
  const state: ViewState = defaultState();
  const c = p.get("case");
  if (c) state.case = c;
  if (p.get("layout") === "force") state.layout = "force";
  const sel = p.get("sel");
  if (sel) {
    const i = sel.indexOf(":");
    const type = sel.slice(0, i) as (typeof SELECTIONS)[number];
    const value = sel.slice(i + 1);
    if (i > 0 && value && SELECTIONS.includes(type)) state.selection = type === "finding" ? { type, id: value } : { type, key: value };
  }
  const panel = p.get("panel") as PanelName | null;
  if (panel && PANELS.includes(panel)) state.panel = panel;
  state.search = p.get("q") ?? "";
  const hide = p.get("hide");
  if (hide) state.hiddenStyles = new Set(hide.split(",").filter((s): s is EdgeStyleId => s in EDGE_STYLES));
  const outlets = p.get("outlets");
  if (outlets) state.hiddenOutlets = new Set(outlets.split(",").filter(Boolean));
  const from = parseDay(p.get("from"));
  const to = parseDay(p.get("to"));
  const until = parseDay(p.get("until"));
  if (from !== undefined) state.from = from;
  if (to !== undefined) state.to = to;
  if (until !== undefined) state.until = until;
  if (p.get("claims") === "all") state.allClaims = true;
  // `?step=3` is accepted as well as `?story=3` (and `#story=3`, which the page adds to the query), so a hand-written link works too.
  const story = Number(p.get("story") ?? p.get("step") ?? NaN);
  if (Number.isInteger(story) && story >= 1) state.story = story;
  if (state.story !== undefined && p.get("present") === "1") state.presenter = true;
  return state;
}
