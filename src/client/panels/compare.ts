/** Side-by-side comparison for a selected edge: the earlier and the later passage with changed words marked (deleted in the earlier, inserted in the later). */
import { orderReason, ordersArticles, type DiffOp, type PassagePair, type ReuseEdgeAttrs } from "../../graph/types.ts";
import type { CaseData } from "../data.ts";
import { labelOf } from "../data.ts";
import { h } from "../dom.ts";
import { EDGE_STYLES, edgeStyleId, relationVerb } from "../palette.ts";
import { wordDiff } from "../wordDiff.ts";

/** One side of a passage pair, with the changes of that side marked. */
function side(ops: readonly DiffOp[], which: "earlier" | "later"): HTMLElement {
  const p = h("p", { class: `passage ${which}` });
  let last = "";
  for (const op of ops) {
    const shown = op.op === "equal" || (op.op === "delete" && which === "earlier") || (op.op === "insert" && which === "later");
    if (!shown || !op.text) continue;
    // Diffs may come as word runs without the spaces between them: put one back where two runs meet without whitespace.
    if (last && !/\s$/.test(last) && !/^[\s,.;:!?)\]]/.test(op.text)) p.append(document.createTextNode(" "));
    if (op.op === "equal") p.append(document.createTextNode(op.text));
    else if (op.op === "delete") p.append(h("del", { title: "only in the earlier article" }, op.text));
    else p.append(h("ins", { title: "only in the later article" }, op.text));
    last = op.text;
  }
  return p;
}

/** Renders the comparison for an edge into `root`; edges without passages show their evidence. */
export function renderCompare(root: HTMLElement, data: CaseData, edgeKey: string): void {
  const e = data.edges.get(edgeKey);
  if (!e) {
    root.replaceChildren(h("p", { class: "empty" }, "Select a line between two articles to compare their passages."));
    return;
  }
  const a = e.attributes;
  const style = EDGE_STYLES[edgeStyleId(a.kind, "credited" in a ? a.credited : undefined)];
  const later = labelOf(data, e.source);
  const earlier = labelOf(data, e.target);
  const heading = h("h2", {}, h("span", { class: `swatch sw-${style.id}` }), ` ${later} ${relationVerb(a)} ${earlier}`);
  const parts: (HTMLElement | null)[] = [heading];
  if ("direction" in a && a.direction === "unknown") parts.push(h("p", { class: "warning" }, undatedOrder(a.orientedBy, later, earlier)));
  // Where nothing tells which came first, the columns name the two articles without calling one the earlier.
  const known = ordersArticles(a);
  const passages: PassagePair[] = "passages" in a && Array.isArray(a.passages) ? a.passages : [];
  for (const p of passages) {
    if (!p?.from || !p.to) continue;
    const ops = p.diff && p.diff.length ? p.diff : wordDiff(p.to.text, p.from.text);
    const changed = ops.some((o) => o.op !== "equal");
    parts.push(
      h(
        "div",
        { class: "pair" },
        h("div", { class: "col" }, h("h3", {}, known ? `Earlier: ${earlier}` : earlier), side(ops, "earlier")),
        h("div", { class: "col" }, h("h3", {}, known ? `Later: ${later}` : later), side(ops, "later")),
        h("p", { class: "similarity" }, changed ? `Words changed (similarity ${Math.round((p.similarity ?? 0) * 100)}%).` : "Word for word the same."),
      ),
    );
  }
  if (passages.length === 0) {
    const evidence = (a.evidence ?? []).filter((x) => x && typeof x.text === "string");
    if (evidence.length) parts.push(h("h3", {}, "What the text says"), ...evidence.map((x) => h("blockquote", {}, x.text)));
    else parts.push(h("p", { class: "empty" }, "This relation carries no passage to compare."));
  }
  root.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
}

/** Why an arrow the dates cannot order points the way it does, in one sentence. */
export function undatedOrder(orientedBy: ReuseEdgeAttrs["orientedBy"], later: string, earlier: string): string {
  const reason = orderReason(orientedBy, later, earlier);
  return reason ? `The dates cannot tell which of the two came first; the arrow points to ${earlier} because ${reason}.` : "The dates cannot tell which of the two came first: the arrow's direction is a best guess.";
}
