/** The thin line along each outlet's row, cut where a long quiet stretch is compressed so the break shows in the picture too. */
import { COLORS } from "../palette.ts";
import type { ViewGraph } from "../types.ts";
import type { PictureFrame } from "./frame.ts";
import { labelWidth } from "./labelText.ts";
import type { TimePlacement } from "./timePlacement.ts";

/** Draws the row guides of the timeline, from the row's start to past the last label of any row or band. */
export function addRowGuides(graph: ViewGraph, frame: PictureFrame, place: TimePlacement): void {
  if (frame.layout !== "timeline") return;
  let right = place.undatedX;
  graph.forEachNode((_k, a) => {
    if (a.kind !== "range") right = Math.max(right, a.x + (frame.labelAll && a.shortLabel ? a.size + 3 + labelWidth(a.shortLabel) : a.size));
  });
  const { inCase, laneY } = frame.rows;
  const cut = inCase.length * (place.breaks.length + 1) <= 3000 ? place.breaks : [];
  for (const outlet of inCase) {
    const y = laneY.get(outlet)!;
    const stops = [-frame.size.other * 2, ...cut.flatMap((b) => [b.x0 + 12, b.x1 - 12]), right];
    for (let i = 0; i + 1 < stops.length; i += 2) {
      const a = `lane:${outlet}:${i}`;
      const b = `lane:${outlet}:${i + 1}`;
      const deco = { size: 0.1, color: COLORS.lane, type: "circle" as const, label: null, kind: "lane" as const, zIndex: 0, of: outlet, outlet };
      graph.addNode(a, { ...deco, x: stops[i]!, y });
      graph.addNode(b, { ...deco, x: stops[i + 1]!, y });
      graph.addEdgeWithKey(`lane:${outlet}:${i / 2}`, a, b, { kind: "lane", size: 1, color: COLORS.lane, type: "line", zIndex: 0 });
    }
  }
}
