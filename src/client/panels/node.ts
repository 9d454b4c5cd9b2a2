/** The panel for a source or an outlet: what it is, and which articles rely on it. */
import type { OutletNodeAttrs, SourceNodeAttrs } from "../../graph/types.ts";
import { labelOf, type CaseData } from "../data.ts";
import { h } from "../dom.ts";
import { SOURCE_WORDS } from "../palette.ts";

/** Renders a source or outlet node `key` into `panel`. */
export function renderNodeInfo(panel: HTMLElement, data: CaseData, key: string, n: OutletNodeAttrs | SourceNodeAttrs): void {
  const who = n.kind === "source" ? `${SOURCE_WORDS[n.sourceType] ?? "source"}${n.role ? `, ${n.role}` : ""}` : n.inCase ? "outlet of the case" : "outlet cited, but none of its articles is in the case";
  const by = new Set<string>();
  for (const e of data.incident.get(key) ?? []) {
    const edge = data.edges.get(e)!;
    if (edge.target === key) by.add(labelOf(data, edge.source));
  }
  panel.replaceChildren(h("h2", {}, n.label), h("p", {}, who), h("p", {}, by.size ? `Relied on by: ${[...by].join(", ")}` : "No article relies on it."));
}
