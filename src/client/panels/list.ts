/** The text alternative: the same chain as a table and lists, for screen readers and for printing. */
import type { ArticleNodeAttrs } from "../../graph/types.ts";
import type { CaseData } from "../data.ts";
import { labelOf } from "../data.ts";
import { h } from "../dom.ts";
import { FINDING_TITLES, relationVerb, SOURCE_WORDS } from "../palette.ts";
import { articleTime } from "../timeline.ts";

/** Renders the text alternative into `root`: articles in date order with what each one takes from which other, then sources and findings. */
export function renderList(root: HTMLElement, data: CaseData, onNode: (key: string) => void): void {
  const articles = [...data.nodes].filter((e): e is [string, ArticleNodeAttrs] => e[1].kind === "article");
  articles.sort((a, b) => (articleTime(a[1])?.start ?? Infinity) - (articleTime(b[1])?.start ?? Infinity) || a[0].localeCompare(b[0]));
  const tbody = h("tbody", {});
  for (const [key, a] of articles) {
    const rel = h("ul", {});
    for (const ek of data.incident.get(key) ?? []) {
      const e = data.edges.get(ek)!;
      if (e.source !== key || e.attributes.kind === "published_by" || e.attributes.kind === "asserts") continue;
      rel.append(h("li", {}, `${relationVerb(e.attributes)} ${labelOf(data, e.target)}`));
    }
    const open = h("button", { type: "button", class: "node-link" }, a.title ?? a.label);
    open.addEventListener("click", () => onNode(key));
    tbody.append(h("tr", {}, h("td", {}, a.dateLabel), h("td", {}, a.outletName ?? labelOf(data, a.outlet)), h("td", {}, open), h("td", {}, rel.childElementCount ? rel : "—")));
  }
  const table = h(
    "table",
    { class: "chain" },
    h("caption", {}, `${data.attributes.title ?? data.id}: articles in order of publication`),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Date"), h("th", { scope: "col" }, "Outlet"), h("th", { scope: "col" }, "Article"), h("th", { scope: "col" }, "Takes from"))),
    tbody,
  );
  const sources = h("ul", {});
  for (const [, n] of data.nodes) if (n.kind === "source") sources.append(h("li", {}, `${n.label} (${SOURCE_WORDS[n.sourceType] ?? n.sourceType}${n.role ? `, ${n.role}` : ""})`));
  const findings = h("ol", {});
  for (const f of data.findings) findings.append(h("li", {}, h("strong", {}, `${FINDING_TITLES[f.type] ?? f.type}: `), f.explanation));
  const print = h("button", { type: "button", class: "print" }, "Print this list");
  print.addEventListener("click", () => window.print());
  root.replaceChildren(print, table, h("h3", {}, "Sources"), sources.childElementCount ? sources : h("p", {}, "None found."), h("h3", {}, "Findings"), findings.childElementCount ? findings : h("p", {}, "None."));
}
