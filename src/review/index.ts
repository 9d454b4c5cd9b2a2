/** Reviews as a layer over the analysis: the model, applying it to a graph, and the analysis inputs that follow it. */
export * from "./types.ts";
export { applyReviews, locateEvidence, type AppliedReviews } from "./apply.ts";
export { isLive } from "./live.ts";
export { reviewedInputs, type ReviewedInputs } from "./inputs.ts";
