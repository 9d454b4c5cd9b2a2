/** The explorer's picture of a reviewed case (the bundled data/cases/baghdadi-2019): a rejected arrow stays in the data but is drawn only when it is the selection. */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { indexCase } from "../../src/client/data.ts";
import { makeReducers } from "../../src/client/highlight.ts";
import { initialState } from "../../src/client/state.ts";
import { toSigmaGraph } from "../../src/client/toSigmaGraph.ts";
import type { ViewModel } from "../../src/client/types.ts";
import { serializeGraph } from "../../src/graph/build.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";

const CASE = path.resolve(import.meta.dirname, "../../data/cases/baghdadi-2019");
const EDGE = "theaustralian-2019-03->republishes->outlet:sunday-times";
let model: ViewModel;

beforeAll(async () => {
  const analysis = await analyseCaseFolder(CASE, undefined, {
    reviews: [{ id: "r1", case: "baghdadi-2019", reviewer: "Ana", at: "2026-01-01T00:00:00.000Z", action: "reject", anchor: { kind: "republishes", from: "theaustralian-2019-03", to: "outlet:sunday-times", evidence: { article: "theaustralian-2019-03", text: "THE SUNDAY TIMES" } } }],
  });
  model = toSigmaGraph(indexCase("baghdadi-2019", serializeGraph(analysis.graph)), "timeline", { width: 1000, height: 560 });
}, 120_000);

describe("a rejected arrow in the picture", () => {
  it("is hidden until selected, then drawn; other arrows are drawn as before", () => {
    expect(model.graph.getEdgeAttributes(EDGE)).toMatchObject({ rejected: true, possible: true });
    const state = initialState("").view;
    const hiddenWith = (focus?: { nodes: Set<string>; edges: Set<string> }) =>
      makeReducers(() => ({ state, ...(focus ? { focus } : {}) })).edgeReducer(EDGE, model.graph.getEdgeAttributes(EDGE)).hidden === true;
    expect(hiddenWith()).toBe(true);
    expect(hiddenWith({ nodes: new Set(), edges: new Set([EDGE]) })).toBe(false);
    const other = "southfront-2019-03-29->cites->asiatimes-2019-03-28";
    expect(makeReducers(() => ({ state })).edgeReducer(other, model.graph.getEdgeAttributes(other)).hidden).not.toBe(true);
  });
});
