/** The story as a handout page without a browser: the explorer's story steps (src/client/story.ts, with a teacher's edits when given), each with an SVG still of the picture at that step (storyPicture.ts) and its caption, through the same page template as the explorer's Handout button. Pure: a graph in, one self-contained HTML page out. */
import { emptyEdits, shownStory, type StoryEdits } from "../client/captions.ts";
import { indexCase } from "../client/data.ts";
import { handoutHtml } from "../client/handout.ts";
import { buildStory } from "../client/story.ts";
import type { Viewport } from "../client/picture/metrics.ts";
import { toSigmaGraph } from "../client/toSigmaGraph.ts";
import { NotFoundError } from "../core/errors.ts";
import { serializeGraph } from "../graph/build.ts";
import type { ProvenanceGraph } from "../graph/types.ts";
import { stepSvg } from "./storyPicture.ts";

/** What the story export may be given beyond the graph. */
export interface StoryExportOptions {
  /** Tell this claim's story (`claim:<id>` or the id alone) rather than the case's main claim's. */
  claim?: string;
  /** A teacher's story of the case (kept in the workspace store): their words, order, hidden and own steps. */
  storyEdits?: StoryEdits;
}

/** The size each still is laid out for: about the explorer's picture on a laptop screen. */
export const STILL: Viewport = { width: 1100, height: 560 };

/** The stills, one SVG per step the class sees, in order. */
export function storyStills(graph: ProvenanceGraph, options: StoryExportOptions = {}): { steps: ReturnType<typeof shownStory>; svgs: string[] } {
  const data = indexCase(graph.getAttribute("case"), serializeGraph(graph));
  const claim = options.claim === undefined ? undefined : options.claim.startsWith("claim:") ? options.claim : `claim:${options.claim}`;
  if (claim !== undefined && data.nodes.get(claim)?.kind !== "claim") throw new NotFoundError("export", `claim '${options.claim}' is not in this case; expected a claim key of the graph (claimtrail report lists them)`);
  const steps = shownStory(claim ? buildStory(data, claim) : buildStory(data), options.storyEdits ?? emptyEdits());
  const model = toSigmaGraph(data, "timeline", STILL);
  return { steps, svgs: steps.map((s) => stepSvg(model, s, STILL)) };
}

/** The handout page: every step with its still (an SVG data URL) and caption. */
export function storyHandout(graph: ProvenanceGraph, options: StoryExportOptions = {}): string {
  const { steps, svgs } = storyStills(graph, options);
  return handoutHtml({
    title: graph.getAttribute("title") || graph.getAttribute("case"),
    caseId: graph.getAttribute("case"),
    steps,
    images: svgs.map((svg) => `data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}`),
  });
}
