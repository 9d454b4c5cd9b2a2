/**
 * The explorer's runtime handles, in one record made once per page. They are not state: they cannot be compared or
 * reduced, a link cannot carry them, and they die with the page or the picture (a renderer holds a WebGL context, a
 * timer or an animation frame is a promise of a later callback, a detach callback undoes a listener). Only main.ts's
 * wiring touches them; the state and selectors never see them.
 */
import type { ViewRenderer } from "./renderer.ts";
import type { LabelPlace, ViewModel } from "./types.ts";

export interface Runtime {
  /** The drawable graph of the state's layout: sigma draws it and the force layout moves its nodes, so it lives and dies with the renderer. */
  model?: ViewModel;
  renderer?: ViewRenderer;
  /** Removes the timeline's date axis listener of the current renderer. */
  detachAxis?: () => void;
  /** Stops a force layout still running on the current model. */
  stopForce?: () => void;
  /** The time slider's playing interval. */
  playTimer?: number;
  /** The animation frame that re-places labels after a camera move. */
  labelFrame?: number;
  /**
   * Label sides placed for the camera now (labels.ts). Derived, but from the camera as well as the state: sigma asks its
   * reducers again only on a refresh, so after each camera move they are re-placed and the changed nodes redrawn. Undefined
   * from a new renderer until the next refresh, and on graphs too large to place labels per frame.
   */
  labels?: Map<string, LabelPlace>;
  /** Whether this server lets the reader correct and delete articles: the workspace probe's answer, pending until the server replies. */
  workspaceWritable: Promise<boolean>;
}

export function createRuntime(): Runtime {
  return { workspaceWritable: Promise.resolve(false) };
}

/** Stops and releases what the current picture started (layout, axis, renderer) before another is drawn. */
export function releasePicture(rt: Runtime): void {
  rt.stopForce?.();
  rt.detachAxis?.();
  rt.renderer?.kill();
  delete rt.stopForce;
  delete rt.detachAxis;
  delete rt.renderer;
  delete rt.labels;
}
