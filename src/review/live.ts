/** The one test downstream stages need: an edge a person rejected stays in the graph JSON but grounds nothing. */
import type { ReviewStatus } from "../graph/types.ts";

/** True unless a person rejected the edge: the only edges findings, traces and source counts may rest on. */
export function isLive(attrs: { review?: ReviewStatus } | undefined): boolean {
  return attrs?.review !== "rejected";
}
