/** The legend (which doubles as the edge filter) and the outlet and date filters. */
import type { CaseData } from "../data.ts";
import { h } from "../dom.ts";
import { COLORS, EDGE_STYLES, LEGEND_ORDER, possibleColor, STANCE_COLORS, type EdgeStyleId } from "../palette.ts";
import type { ViewState } from "../state.ts";
import type { Lane } from "../types.ts";

/** A colour chip; colours come from the palette through the CSSOM (allowed by the CSP, unlike style attributes). */
export function swatch(color: string, shape: "line" | "thin" | "dot" | "ring" | "target" | "bar" = "line"): HTMLElement {
  const el = h("span", { class: `swatch ${shape}`, "aria-hidden": "true" });
  if (shape === "ring") el.style.borderColor = color;
  else if (shape === "target") {
    el.style.borderColor = color;
    el.style.backgroundColor = color;
  }
  else el.style.backgroundColor = color;
  return el;
}

/** The legend: one checkbox per relation style (unchecking hides those lines) on one line, the markers and the picture's rules under "Shapes and colours". */
export function renderLegend(root: HTMLElement, state: ViewState, onToggle: (style: EdgeStyleId, shown: boolean) => void): void {
  const nodes = h(
    "ul",
    { class: "legend-nodes" },
    h("li", {}, swatch(COLORS.article, "dot"), " article, exact date"),
    h("li", {}, swatch(COLORS.article, "ring"), swatch(COLORS.range, "bar"), " date only to the month, or estimated (bar: when it could be)"),
    h("li", {}, swatch(COLORS.inferred, "target"), " undated: placed after what it takes from (", h("em", {}, "order inferred"), ")"),
    h("li", {}, "the first article of a row names its outlet"),
    h("li", {}, swatch(STANCE_COLORS.true, "dot"), " claim presented as true; ", swatch(STANCE_COLORS.false, "dot"), " reported false; a ring: some articles take the other side"),
    h("li", {}, `only the main claims are drawn (Origin tab: all of them)`),
    h("li", {}, swatch(COLORS.source, "dot"), " person or source quoted; ", swatch(COLORS.source, "ring"), " anonymous"),
    h("li", {}, swatch(COLORS.outlet, "dot"), " outlet only cited, not in the case (under the rows)"),
    h("li", {}, swatch(possibleColor(EDGE_STYLES.cites.color), "thin"), " pale thin line: a ", h("em", {}, "possible"), " relation (claimtrail is not sure)"),
    h("li", {}, "“×3” on an arrow: three arrows of one kind between the same two rows, drawn as one"),
    h("li", {}, "“⋯ 2 years ⋯” on the time axis: a long quiet stretch, drawn short"),
  );
  const edges = h("ul", { class: "legend-edges" }, h("li", { class: "legend-title" }, "Arrows point from the later article to where it took its content:"));
  for (const id of LEGEND_ORDER) {
    const style = EDGE_STYLES[id];
    const box = h("input", { type: "checkbox", "data-style": id, "aria-label": `Show lines: ${style.legend}` });
    box.checked = !state.hiddenStyles.has(id);
    box.addEventListener("change", () => onToggle(id, box.checked));
    // A background relation is drawn faint: its chip shows the colour it takes when selected, and says so.
    edges.append(h("li", {}, h("label", {}, box, swatch(style.focusColor ?? style.color), ` ${style.legend}${style.background ? " (faint until selected)" : ""}`)));
  }
  root.replaceChildren(edges, h("details", { class: "legend-more" }, h("summary", {}, "Shapes and colours"), nodes));
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
