/** The alternative layout: ForceAtlas2 in a web worker (graphology's supervisor), stopped after a time budget so large graphs stay responsive. */
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import type { ViewGraph } from "./types.ts";

/** Runs ForceAtlas2 on the graph in a worker for up to `ms` milliseconds; resolves with the time it ran. */
export function runForceLayout(graph: ViewGraph, ms: number): { done: Promise<number>; stop(): void } {
  const settings = forceAtlas2.inferSettings(graph);
  const layout = new FA2Layout(graph, { settings: { ...settings, adjustSizes: false, gravity: 1 } });
  const started = performance.now();
  let resolveDone: (n: number) => void = () => {};
  const done = new Promise<number>((r) => (resolveDone = r));
  const stop = () => {
    if (!layout.isRunning()) return;
    layout.stop();
    layout.kill();
    resolveDone(performance.now() - started);
  };
  layout.start();
  setTimeout(stop, ms);
  return { done, stop };
}
