/** Origin trace panel: pick a claim or an article, see its propagation tree back to the primary sources and how many independent sources stand behind it. */
import type { OriginTrace, TraceNode } from "../../analyse/types.ts";
import { claimSides, mainClaims, sidesSentence } from "../claims.ts";
import type { CaseData } from "../data.ts";
import { labelOf } from "../data.ts";
import { h } from "../dom.ts";
import { claimAnswers, reportedFalseClaimOf, toldBothWays } from "../../export/shared.ts";
import { EDGE_STYLES, edgeStyleId, relationVerb } from "../palette.ts";

export interface TracePanelOptions {
  data: CaseData;
  /** The traced node, when one is chosen. */
  root?: string;
  trace?: OriginTrace;
  error?: string;
  /** Whether every claim is drawn, not only the main ones. */
  allClaims: boolean;
  onPick(key: string | undefined): void;
  onPlay(): void;
  onNode(key: string): void;
  onAllClaims(shown: boolean): void;
}

/** The case's claims: the main ones (drawn) and the others (listed; drawn on request), each a button that traces it. */
function claimList(o: TracePanelOptions): HTMLElement | null {
  const all = [...o.data.nodes].filter(([, n]) => n.kind === "claim").map(([k]) => k);
  if (all.length === 0) return null;
  const main = mainClaims(o.data);
  const mainSet = new Set(main);
  const others = all.filter((k) => !mainSet.has(k)).sort((a, b) => ((o.data.nodes.get(b) as { articles: string[] }).articles.length - (o.data.nodes.get(a) as { articles: string[] }).articles.length) || a.localeCompare(b));
  const item = (k: string) => {
    const n = o.data.nodes.get(k) as { label: string; articles: string[] };
    const b = h("button", { type: "button", class: "node-link", "data-claim": k }, n.label);
    b.addEventListener("click", () => o.onPick(k));
    return h("li", {}, b, h("span", { class: "date" }, ` (${n.articles.length} article${n.articles.length === 1 ? "" : "s"})`));
  };
  const box = h("input", { type: "checkbox", id: "all-claims" });
  box.checked = o.allClaims;
  box.addEventListener("change", () => o.onAllClaims(box.checked));
  const parts: HTMLElement[] = [h("h3", {}, `Main claims (${main.length}, drawn above the rows)`), h("ol", { class: "claims main-claims" }, ...main.map(item))];
  if (others.length) {
    parts.push(
      h("details", { class: "other-claims" }, h("summary", {}, `${others.length} other claim${others.length === 1 ? "" : "s"}, not drawn`), h("ol", { class: "claims" }, ...others.map(item))),
      h("label", { for: "all-claims", class: "all-claims" }, box, ` Draw all ${all.length} claims`),
    );
  }
  return h("section", { class: "claim-list", "aria-label": "Claims of the case" }, ...parts);
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
    const verb = child.edge === "asserts" ? "asserted by" : kind ? relationVerb(kind) : styleId ? EDGE_STYLES[styleId].verb : "";
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
/** What the independent sources stand behind: the articles presenting a claim as true where others report it false (a debunk confirms nothing), else every article traced. */
function behind(data: CaseData, t: OriginTrace): string {
  const n = data.nodes.get(t.root);
  const s = (k: number, one: string) => `${k} ${one}${k === 1 ? "" : "s"}`;
  if (n?.kind === "claim" && toldBothWays(n)) {
    return `the ${s(n.presentedAsTrue!.length, "article")} that present${n.presentedAsTrue!.length === 1 ? "s" : ""} it as true`;
  }
  return `${s(t.articles.length, "article")} from ${s(t.outlets.length, "outlet")}`;
}

/** A claim's first appearances as the report names them (the claim's own order), else the trace's. */
function earliest(data: CaseData, t: OriginTrace): string[] {
  const n = data.nodes.get(t.root);
  return n?.kind === "claim" ? claimAnswers(n, t).origins : t.origins;
}

/** "First reported false in: X" where the claim has a "Reported false" claim (analyse/debunks.ts). */
function firstReportedFalse(data: CaseData, claim: string): HTMLElement[] {
  const n = reportedFalseClaimOf(data.nodes.values(), claim);
  return n ? [h("p", { class: "first-false" }, "First reported false in: ", labelOf(data, n.origins[0]!), ` (${n.articles.length} articles report it false)`)] : [];
}

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
  // A claim: the two sides articles take on it.
  if (o.root && o.data.nodes.get(o.root)?.kind === "claim") {
    const sides = claimSides(o.data, o.root);
    const root = o.data.nodes.get(o.root) as { denial?: boolean } | undefined;
    parts.push(h("p", { class: "sides", "data-true": String(sides.true), "data-false": String(sides.false) }, `${sidesSentence(sides, root?.denial === true)}.`));
  }
  if (o.error) parts.push(h("p", { class: "error" }, o.error));
  const t = o.trace;
  if (t) {
    const n = t.independentSources;
    parts.push(
      h(
        "div",
        { class: "count", "data-count": String(n) },
        h("span", { class: "number" }, String(n)),
        h("span", {}, ` independent source${n === 1 ? "" : "s"} behind ${behind(o.data, t)}`),
      ),
      h("p", {}, "Earliest in this case: ", earliest(o.data, t).map((k) => labelOf(o.data, k)).join(", ") || "none"),
      ...firstReportedFalse(o.data, t.root),
      h("p", {}, "Primary sources: ", t.primarySources.map((k) => labelOf(o.data, k)).join(", ") || "none found"),
      h("h3", {}, labelOf(o.data, t.root)),
      treeList(o.data, t.tree, o.onNode, new Set([t.root]), 0),
    );
  }
  parts.push(claimList(o));
  root.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
}
