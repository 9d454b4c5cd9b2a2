/** Assembles the provenance graph from the stages' outputs; each stage contributes through its own `add*` function. */
import { MultiDirectedGraph } from "graphology";
import type { OutletRegistry } from "../core/outlets.ts";
import type { CleanArticle } from "../clean/types.ts";
import type { LoadedCase } from "../ingest/types.ts";
import type { ReuseAnalysis } from "../align/types.ts";
import { addArticles } from "./articles.ts";
import { addReadings } from "./readings.ts";
import type { ArticleReading } from "../extract/types.ts";
import { addOrder, addReuse } from "./reuse.ts";
import type { EdgeAttrs, GraphAttrs, NodeAttrs, ProvenanceGraph, SerializedProvenanceGraph } from "./types.ts";

export const GENERATOR = "claimtrail 0.1.0";

/** An empty provenance graph carrying the case's identity and load problems. */
export function createGraph(loaded: Pick<LoadedCase, "id" | "title" | "description" | "problems">): ProvenanceGraph {
  const graph: ProvenanceGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>({ allowSelfLoops: false });
  graph.replaceAttributes({
    case: loaded.id,
    title: loaded.title,
    ...(loaded.description ? { description: loaded.description } : {}),
    generatedBy: GENERATOR,
    findings: [],
    problems: loaded.problems,
  });
  return graph;
}

export interface GraphInputs {
  loaded: LoadedCase;
  cleaned: readonly CleanArticle[];
  registry: OutletRegistry;
  /** The reading stage's output (sources, citations, syndication). */
  readings?: readonly ArticleReading[];
  /** The alignment stage's output; without it the graph has no reuse edges. */
  reuse?: ReuseAnalysis;
}

/** Builds the graph of a case from every stage's output. */
export function buildGraph(inputs: GraphInputs): ProvenanceGraph {
  const graph = createGraph(inputs.loaded);
  addArticles(graph, inputs.cleaned, inputs.registry);
  if (inputs.readings) addReadings(graph, inputs.readings, inputs.registry);
  if (inputs.reuse) {
    addReuse(graph, inputs.reuse.relations);
    addOrder(graph, inputs.reuse.orderedAfter);
  }
  return graph;
}

/** The graph JSON of contract §2. */
export function serializeGraph(graph: ProvenanceGraph): SerializedProvenanceGraph {
  return graph.export() as unknown as SerializedProvenanceGraph;
}
