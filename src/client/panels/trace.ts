/** Origin trace panel: pick a claim or an article, see its propagation tree back to the primary sources and how many independent sources stand behind it. */
import type { OriginTrace, TraceNode } from "../../analyse/types.ts";
import type { CaseData } from "../data.ts";
import { labelOf } from "../data.ts";
import { h } from "../dom.ts";
import { EDGE_STYLES, edgeStyleId } from "../palette.ts";

export interface TracePanelOptions {
  data: CaseData;
  /** The traced node, when one is chosen. */
  root?: string;
  trace?: OriginTrace;
  error?: string;
  onPick(key: string | undefined): void;
  onPlay(): void;
  onNode(key: string): void;
}

/** Claims first (what a teacher asks about), then articles by label. */
function pickable(data: CaseData): [string, string][] {
  const claims: [string, string][] = [];
  const articles: [string, string][] = [];
  for (const [key, n] of data.nodes) {
    if (n.kind === "claim") claims.push([key, `Claim: ${n.label}`]);
    if (n.kind === "article") articles.push([key, `Article: ${n.label}`]);
  }
  return [...claims, ...articles.sort((a, b) => a[1].localeCompare(b[1]))];
}

function treeList(data: CaseData, node: TraceNode, onNode: (key: string) => void, seen: Set<string>, depth: number): HTMLElement {
  const ul = h("ul", { class: depth === 0 ? "tree" : "" });
  for (const child of node.children) {
    const kind = child.edge ? data.edges.get(child.edgeKey ?? "")?.attributes : undefined;
    const styleId = child.edge ? edgeStyleId(child.edge, kind && "credited" in kind ? kind.credited : undefined) : undefined;
    const verb = child.edge === "asserts" ? "asserted by" : styleId ? EDGE_STYLES[styleId].verb : "";
    const b = h("button", { type: "button", class: "node-link" }, child.label || labelOf(data, child.key));
    b.addEventListener("click", () => onNode(child.key));
    const li = h("li", {}, h("span", { class: `verb${styleId ? ` sw-text-${styleId}` : ""}` }, verb), " ", b, child.dateLabel && !(child.label ?? "").includes(child.dateLabel.replace(/^c\. /, "").replace(/ \(.*$/, "")) ? h("span", { class: "date" }, ` (${child.dateLabel})`) : null);
    // The tree is a DAG flattened: a node met twice is listed, not expanded again.
    if (!seen.has(child.key) && child.children.length && depth < 12) {
      seen.add(child.key);
      li.append(treeList(data, child, onNode, seen, depth + 1));
    } else if (child.children.length) {
      li.append(h("span", { class: "seen" }, " (traced above)"));
    }
    ul.append(li);
  }
  return ul;
}

/** Renders the trace panel into `root`. */
export function renderTrace(root: HTMLElement, o: TracePanelOptions): void {
  const select = h("select", { id: "trace-pick", "aria-label": "Claim or article to trace" });
  select.append(h("option", { value: "" }, "Choose a claim or an article…"));
  for (const [key, label] of pickable(o.data)) {
    const opt = h("option", { value: key }, label);
    if (key === o.root) opt.selected = true;
    select.append(opt);
  }
  select.addEventListener("change", () => o.onPick(select.value || undefined));
  const play = h("button", { type: "button", class: "play-story" }, "▶ Play the story day by day");
  play.addEventListener("click", () => o.onPlay());
  const parts: (HTMLElement | null)[] = [h("label", { for: "trace-pick" }, "Where did it come from?"), select, play];
  if (o.error) parts.push(h("p", { class: "error" }, o.error));
  const t = o.trace;
  if (t) {
    const n = t.independentSources;
    parts.push(
      h(
        "div",
        { class: "count", "data-count": String(n) },
        h("span", { class: "number" }, String(n)),
        h("span", {}, ` independent source${n === 1 ? "" : "s"} behind ${t.articles.length} article${t.articles.length === 1 ? "" : "s"} from ${t.outlets.length} outlet${t.outlets.length === 1 ? "" : "s"}`),
      ),
      h("p", {}, "Earliest in this case: ", t.origins.map((k) => labelOf(o.data, k)).join(", ") || "none"),
      h("p", {}, "Primary sources: ", t.primarySources.map((k) => labelOf(o.data, k)).join(", ") || "none found"),
      h("h3", {}, labelOf(o.data, t.root)),
      treeList(o.data, t.tree, o.onNode, new Set([t.root]), 0),
    );
  }
  root.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
}
