/** The view's state and its round trip through the URL, so a link reopens the same view. Pure. */
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

export interface ViewState {
  case?: string;
  layout: LayoutName;
  selection?: Selection;
  panel: PanelName;
  search: string;
  /** Edge styles switched off by the filters. */
  hiddenStyles: Set<EdgeStyleId>;
  /** Outlet keys switched off by the filters. */
  hiddenOutlets: Set<string>;
  /** Epoch ms bounds of the date filter (inclusive day starts). */
  from?: number;
  to?: number;
  /** Time slider: show only what existed up to this time (epoch ms); undefined shows everything. */
  until?: number;
}

export function defaultState(): ViewState {
  const hiddenStyles = new Set<EdgeStyleId>();
  for (const s of Object.values(EDGE_STYLES)) if (!s.shownByDefault) hiddenStyles.add(s.id);
  return { layout: "timeline", panel: "findings", search: "", hiddenStyles, hiddenOutlets: new Set() };
}

const PANELS: PanelName[] = ["findings", "trace", "article", "compare", "list"];
const SELECTIONS = ["node", "edge", "finding", "trace"] as const;

function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

function parseDay(s: string | null): number | undefined {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return undefined;
  const t = Date.parse(`${s}T00:00:00Z`);
  return Number.isNaN(t) ? undefined : t;
}

/** Encodes the state as a query string (only what differs from the default). */
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
  return p.toString();
}

/** Decodes a query string; anything malformed falls back to the default rather than failing. */
export function stateFromQuery(query: string): ViewState {
  const p = new URLSearchParams(query);
  const state = defaultState();
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
  return state;
}
