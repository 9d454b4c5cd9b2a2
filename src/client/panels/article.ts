/** Article panel: metadata with inferred and estimated values marked, the body with quotations, attributions and reused passages highlighted, and the removed parts on demand. */
import type { ArticleView } from "../../server/types.ts";
import type { CaseData } from "../data.ts";
import { labelOf } from "../data.ts";
import { h, linkOrText } from "../dom.ts";
import { EDGE_STYLES, edgeStyleId, relationVerb } from "../palette.ts";
import { renderMarked, type Mark } from "../textMarks.ts";

export interface ArticlePanelOptions {
  data: CaseData;
  view: ArticleView;
  onEdge(edge: string): void;
  onNode(node: string): void;
}

const ORIGIN_WORDS: Record<string, string> = {
  "case.json": "given in case.json",
  front_matter: "given in the file",
  page_meta: "read from the page's metadata",
  json_ld: "read from the page's structured data",
  url_domain: "inferred from the URL",
  credit_line: "inferred from a credit line",
  headline: "inferred from the headline",
  file_name: "inferred from the file name",
  registry: "inferred from the outlet registry",
};

function inferredBadge(origin: string | undefined, inferred: boolean): HTMLElement | null {
  if (!inferred) return null;
  return h("span", { class: "badge inferred", title: ORIGIN_WORDS[origin ?? ""] ?? "inferred by claimtrail" }, "inferred");
}

function row(label: string, ...value: (Node | string | null)[]): HTMLElement[] {
  return [h("dt", {}, label), h("dd", {}, ...value)];
}

/** The marks of the body: quotations, attributions and reused passages. */
export function articleMarks(view: ArticleView, data: CaseData): Mark[] {
  const marks: Mark[] = [];
  for (const q of view.quotations) marks.push({ start: q.start, end: q.end, cls: "quotation", title: q.speakerLabel ? `quotation: ${q.speakerLabel}` : "quotation" });
  for (const a of view.attributions) marks.push({ start: a.start, end: a.end, cls: "attribution", title: `attribution to ${a.outletName}` });
  for (const r of view.reused) {
    const other = labelOf(data, r.other);
    const edge = data.edges.get(r.edge);
    const credited = edge && "credited" in edge.attributes ? edge.attributes.credited : undefined;
    const style = EDGE_STYLES[edgeStyleId(r.kind, credited)];
    const title = r.role === "copy" ? `${style.legend}: ${other}` : `reused by ${other}`;
    marks.push({ start: r.start, end: r.end, cls: `reuse reuse-${style.id}`, title, edge: r.edge });
  }
  return marks;
}

/** Renders one article into `root`. Every value goes in as text. */
export function renderArticle(root: HTMLElement, { data, view, onEdge, onNode }: ArticlePanelOptions): void {
  const m = view.meta;
  const date = m.published;
  const dateBadge = date && (date.estimated || date.precision === "month" || date.precision === "year") ? h("span", { class: "badge estimated" }, date.estimated ? "estimated" : `${date.precision} only`) : null;
  const meta = h(
    "dl",
    { class: "meta" },
    ...row("Outlet", m.outlet ?? "unknown", " ", inferredBadge(m.outletOrigin, m.outletInferred)),
    ...row("Published", m.dateLabel, " ", dateBadge, " ", inferredBadge(m.publishedOrigin, !!m.publishedOrigin && !["case.json", "front_matter"].includes(m.publishedOrigin))),
    ...(m.title ? row("Title", m.title, " ", inferredBadge(m.titleOrigin, !!m.titleOrigin && !["case.json", "front_matter", "page_meta", "json_ld"].includes(m.titleOrigin))) : []),
    ...(m.author ? row("Author", m.author) : []),
    ...(m.url ? row("Address", linkOrText(m.url)) : []),
    ...row("File", m.file),
  );

  const relations = h("ul", { class: "relations" });
  for (const key of data.incident.get(m.id) ?? []) {
    const e = data.edges.get(key)!;
    if (e.attributes.kind === "published_by" || e.attributes.kind === "asserts") continue;
    const credited = "credited" in e.attributes ? e.attributes.credited : undefined;
    const style = EDGE_STYLES[edgeStyleId(e.attributes.kind, credited)];
    const b = h("button", { type: "button", class: `relation rel-${style.id}`, "data-edge": key }, `${labelOf(data, e.source)} ${relationVerb(e.attributes)} ${labelOf(data, e.target)}`);
    b.addEventListener("click", () => onEdge(key));
    relations.append(h("li", {}, b));
  }

  const body = h("div", { class: "body", lang: "" });
  renderMarked(body, view.body, articleMarks(view, data));
  body.addEventListener("click", (ev) => {
    const edge = (ev.target as HTMLElement).closest("mark[data-edge]")?.getAttribute("data-edge");
    if (edge) onEdge(edge);
  });
  body.addEventListener("keydown", (ev) => {
    const edge = (ev.target as HTMLElement).closest("mark[data-edge]")?.getAttribute("data-edge");
    if (edge && (ev.key === "Enter" || ev.key === " ")) {
      ev.preventDefault();
      onEdge(edge);
    }
  });

  const removed = h("details", { class: "removed" }, h("summary", {}, `Removed parts (${view.removed.length}): not the outlet's own reporting`));
  const rl = h("ol", {});
  for (const r of view.removed) rl.append(h("li", {}, h("span", { class: "reason" }, r.reason.replace(/_/g, " ")), " ", h("span", { class: "removed-text" }, r.text)));
  removed.append(view.removed.length ? rl : h("p", {}, "Nothing was removed."));

  const traceButton = h("button", { type: "button", class: "trace-this" }, "Where did this come from?");
  traceButton.addEventListener("click", () => onNode(m.id));

  const parts: (HTMLElement | null)[] = [
    h("h2", {}, m.title ?? labelOf(data, m.id)),
    meta,
    traceButton,
    relations.childElementCount ? h("section", {}, h("h3", {}, "Relations"), relations) : null,
    h(
      "p",
      { class: "key" },
      h("mark", { class: "quotation" }, "quotation"),
      " ",
      h("mark", { class: "attribution" }, "attribution"),
      " ",
      h("mark", { class: "reuse" }, "reused passage (click to compare)"),
    ),
    body,
    removed,
  ];
  root.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
}
