/** The legend (which doubles as the edge filter) and the outlet and date filters. */
import type { CaseData } from "../data.ts";
import { h } from "../dom.ts";
import { COLORS, EDGE_STYLES, LEGEND_ORDER, type EdgeStyleId } from "../palette.ts";
import type { ViewState } from "../state.ts";
import type { Lane } from "../types.ts";

/** A colour chip; colours come from the palette through the CSSOM (allowed by the CSP, unlike style attributes). */
export function swatch(color: string, shape: "line" | "dot" | "ring" | "bar" = "line"): HTMLElement {
  const el = h("span", { class: `swatch ${shape}`, "aria-hidden": "true" });
  if (shape === "ring") el.style.borderColor = color;
  else el.style.backgroundColor = color;
  return el;
}

/** The legend: node markers, then one checkbox per relation style (unchecking hides those lines). */
export function renderLegend(root: HTMLElement, state: ViewState, onToggle: (style: EdgeStyleId, shown: boolean) => void): void {
  const nodes = h(
    "ul",
    { class: "legend-nodes" },
    h("li", {}, swatch(COLORS.article, "dot"), " article, exact date"),
    h("li", {}, swatch(COLORS.article, "ring"), swatch(COLORS.range, "bar"), " date only to the month, or estimated (bar: when it could be)"),
    h("li", {}, swatch(COLORS.source, "dot"), " person or source quoted; ", swatch(COLORS.source, "ring"), " anonymous"),
    h("li", {}, swatch(COLORS.claim, "dot"), " claim (bigger: made by more articles)"),
    h("li", {}, swatch(COLORS.outlet, "dot"), " outlet: a row each; outlets only cited sit below the rows"),
    h("li", {}, "“⋯ 2 years ⋯” on the time axis: a long quiet stretch, drawn short"),
  );
  const edges = h("ul", { class: "legend-edges" });
  for (const id of LEGEND_ORDER) {
    const style = EDGE_STYLES[id];
    const box = h("input", { type: "checkbox", "data-style": id, "aria-label": `Show lines: ${style.legend}` });
    box.checked = !state.hiddenStyles.has(id);
    box.addEventListener("change", () => onToggle(id, box.checked));
    // A background relation is drawn faint: its chip shows the colour it takes when selected, and says so.
    edges.append(h("li", {}, h("label", {}, box, swatch(style.focusColor ?? style.color), ` ${style.legend}${style.background ? " (faint until selected)" : ""}`)));
  }
  root.replaceChildren(h("p", { class: "legend-title" }, "Arrows point from the later article to where it took its content."), edges, nodes);
}

export interface FilterCallbacks {
  onOutlet(outlet: string, shown: boolean): void;
  onDates(from: number | undefined, to: number | undefined): void;
}

function dayValue(t: number | undefined): string {
  return t === undefined ? "" : new Date(t).toISOString().slice(0, 10);
}

function parseDay(v: string): number | undefined {
  if (!v) return undefined;
  const t = Date.parse(`${v}T00:00:00Z`);
  return Number.isNaN(t) ? undefined : t;
}

/** Outlet checkboxes and a date range. */
export function renderFilters(root: HTMLElement, data: CaseData, lanes: readonly Lane[], state: ViewState, cb: FilterCallbacks): void {
  const outlets = h("fieldset", {}, h("legend", {}, "Outlets"));
  const keys = lanes.length ? lanes.map((l) => [l.outlet, l.label] as const) : [...data.nodes].filter(([, n]) => n.kind === "outlet").map(([k, n]) => [k, n.label] as const);
  for (const [key, label] of keys) {
    const box = h("input", { type: "checkbox", "data-outlet": key });
    box.checked = !state.hiddenOutlets.has(key);
    box.addEventListener("change", () => cb.onOutlet(key, box.checked));
    outlets.append(h("label", {}, box, ` ${label}`));
  }
  const from = h("input", { type: "date", id: "filter-from", value: dayValue(state.from) });
  const to = h("input", { type: "date", id: "filter-to", value: dayValue(state.to) });
  const apply = () => cb.onDates(parseDay(from.value), parseDay(to.value));
  from.addEventListener("change", apply);
  to.addEventListener("change", apply);
  const dates = h("fieldset", {}, h("legend", {}, "Published between"), h("label", { for: "filter-from" }, "from "), from, h("label", { for: "filter-to" }, " to "), to);
  root.replaceChildren(outlets, dates);
}
