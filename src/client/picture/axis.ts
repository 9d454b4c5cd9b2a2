/** The timeline's axis: ticks at each article's own date, breaks, the slider's stops, and the rows' names. */
import { articleDate } from "../data.ts";
import { axisTicks, dayStart, shownTime } from "../timeline.ts";
import type { AxisTick, Lane, ViewGraph } from "../types.ts";
import type { PictureFrame } from "./frame.ts";
import type { TimePlacement } from "./timePlacement.ts";

export interface TimeAxis {
  ticks: AxisTick[];
  lanes: Lane[];
  /** Slider stops: every day something appears. */
  days: number[];
}

/** Axis ticks carry each article's own date, imprecision kept ("c. Mar 2019"), where it is drawn; breaks say how long they are. */
export function timeAxis(graph: ViewGraph, frame: PictureFrame, place: TimePlacement): TimeAxis {
  const days = [...new Set([...frame.times.values()].map((t) => dayStart(shownTime(t))))].sort((a, b) => a - b);
  if (frame.layout !== "timeline") return { ticks: [], lanes: [], days };
  const tickPoints: AxisTick[] = [];
  const seen = new Set<string>();
  for (const [key, a] of frame.articles) {
    const t = frame.times.get(key);
    if (t?.inferred) {
      const x = place.xOf(t);
      const id = `inferred|${x.toFixed(1)}`;
      if (!seen.has(id)) tickPoints.push({ x, label: "order inferred", inferred: true });
      seen.add(id);
      continue;
    }
    const label = articleDate(a);
    if (!t || !label) continue;
    const x = place.xOf(t);
    const id = `${label}|${x.toFixed(1)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    tickPoints.push({ x, label });
  }
  const ticks = [...axisTicks(tickPoints, 120), ...place.breaks.map((b) => ({ x: (b.x0 + b.x1) / 2, label: `⋯ ${b.label} ⋯`, break: true }))].sort((a, b) => a.x - b.x);
  const { inCase, citedOnly, laneY } = frame.rows;
  const lanes = [...inCase, ...citedOnly].map((outlet) => ({ outlet, label: frame.data.nodes.get(outlet)?.label ?? "", y: graph.hasNode(outlet) ? graph.getNodeAttribute(outlet, "y") : 0, inCase: laneY.has(outlet) }));
  return { ticks, lanes, days };
}
