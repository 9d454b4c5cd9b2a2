/** circular_reporting: outlets whose reports lean on each other. */
import type { Finding, FindingType } from "../../graph/types.ts";
import { isLive } from "../../review/live.ts";
import { confident, type FindingInputs } from "./inputs.ts";
import { listWords, nodeLabel } from "./wording.ts";

/** Outlets whose citations form a loop (A cites B, B's report rests on A): the confirmation is circular. Found as strongly connected outlets. */
export function circularReporting(inputs: FindingInputs): Finding[] {
  const { graph } = inputs;
  const outletOf = (n: string): string | undefined => {
    const a = graph.getNodeAttributes(n);
    return a.kind === "article" ? a.outlet : a.kind === "outlet" ? n : undefined;
  };
  // Outlet-level "takes from" graph: an article's citation, copy or quotation of another outlet's work.
  const takes = new Map<string, Map<string, string[]>>();
  graph.forEachEdge((key, e, source, target) => {
    if (!["cites", "copies", "quotes_same", "alters_quote"].includes(e.kind) || !confident(e.confidence) || !isLive(e)) return;
    // A copy whose direction is only a convention (nothing orders the two) says nothing of who leans on whom.
    if ("orientedBy" in e && e.orientedBy === "none") return;
    const from = outletOf(source);
    const to = outletOf(target);
    if (!from || !to || from === to) return;
    if (!takes.has(from)) takes.set(from, new Map());
    const m = takes.get(from) as Map<string, string[]>;
    m.set(to, [...(m.get(to) ?? []), key]);
  });
  // Tarjan's strongly connected components over outlets.
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of takes.get(v)?.keys() ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, idx.get(w) as number));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1) components.push(comp);
    }
  };
  for (const v of takes.keys()) if (!idx.has(v)) visit(v);

  return components.map((comp) => {
    const inComp = new Set(comp);
    const edges: string[] = [];
    for (const from of comp) for (const [to, keys] of takes.get(from) ?? []) if (inComp.has(to)) edges.push(...keys);
    const articles = [...new Set(edges.flatMap((k) => [graph.source(k), graph.target(k)]).filter((n) => graph.getNodeAttribute(n, "kind") === "article"))];
    const names = comp.map((o) => nodeLabel(graph, o));
    const evidence = edges.flatMap((k) => graph.getEdgeAttribute(k, "evidence") ?? []).slice(0, 4);
    return {
      id: `circular_reporting:${comp.sort().join("+")}`,
      type: "circular_reporting" as FindingType,
      articles,
      explanation:
        `${listWords(names)} cite each other: each one's report leans on the other's. ` +
        "When A cites B as confirmation and B's story came from A, the claim has one source, not two.",
      evidence,
      edges,
    };
  });
}
