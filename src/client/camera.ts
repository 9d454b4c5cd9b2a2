/** Moving sigma's camera to what the view talks about. */
import type { ViewRenderer } from "./renderer.ts";
import type { ViewModel } from "./types.ts";

/** Graphs up to this many drawn nodes fit the screen with their labels: selections do not zoom. */
export const SMALL_GRAPH = 300;

/** Frames the given nodes (a story step, a finding, search matches); a small graph is shown whole instead. */
export function zoomToNodes(renderer: ViewRenderer, model: ViewModel, keys: readonly string[]): void {
  const pts = keys.filter((k) => model.graph.hasNode(k)).map((k) => renderer.getNodeDisplayData(k)).filter((d) => !!d);
  if (pts.length === 0) return;
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const spread = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  // A small case already fits the screen: keep the whole picture, so the highlighted path is seen against the rest. Large ones zoom, leaving room for labels.
  if (model.graph.order <= SMALL_GRAPH) {
    void renderer.getCamera().animatedReset({ duration: 300 });
    return;
  }
  void renderer.getCamera().animate({ x: cx, y: cy, ratio: Math.min(1, Math.max(0.3, spread * 2)) }, { duration: 400 });
}
