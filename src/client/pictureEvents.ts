/** What a click or a hover on the picture means: decoration (lanes, date ranges) answers nothing, nodes and arrows are chosen, the pointer shows what can be. */
import type { ViewRenderer } from "./renderer.ts";
import type { ViewModel } from "./types.ts";

/** What the picture's events ask for. */
export interface PictureHandlers {
  node(key: string): void;
  edge(key: string): void;
  /** A click on the empty stage. */
  stage(): void;
  /** The camera moved or the picture was resized. */
  moved(): void;
}

/** Wires a new renderer's events to `on`; `stage` is the picture's element (its pointer cursor). */
export function wirePicture(r: ViewRenderer, model: ViewModel, stage: HTMLElement, on: PictureHandlers): void {
  r.setSetting("enableEdgeEvents", true);
  r.getCamera().on("updated", on.moved);
  r.on("resize", on.moved);
  const decor = (kind: string | undefined) => kind === "lane" || kind === "range";
  const nodeIsDecor = (key: string) => decor(model.graph.getNodeAttribute(key, "kind"));
  r.on("clickNode", ({ node }) => {
    if (!nodeIsDecor(node)) on.node(node);
  });
  r.on("clickEdge", ({ edge }) => {
    if (!decor(model.graph.getEdgeAttribute(edge, "kind"))) on.edge(edge);
  });
  r.on("clickStage", () => on.stage());
  r.on("enterNode", ({ node }) => {
    if (!nodeIsDecor(node)) stage.classList.add("pointer");
  });
  r.on("leaveNode", () => stage.classList.remove("pointer"));
  r.on("enterEdge", () => stage.classList.add("pointer"));
  r.on("leaveEdge", () => stage.classList.remove("pointer"));
}
