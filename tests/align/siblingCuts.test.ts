// Papers that run one agency story, nothing ordering them (the same day, or no dates at all), each cut it their own
// way: each shares some paragraphs with each other paper, but the story prints every paragraph any of them shares.
// The papers are siblings of the story: no copy is drawn from one paper to another. Own invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const PARAGRAPHS = [
  "The old lighthouse on Corran Point will be moved forty metres inland this summer after storms ate away the cliff beneath it, the coastal trust said on Tuesday.",
  "Engineers will lift the tower onto steel rails and push it along them over three days, a method the trust said had been tried on two smaller towers elsewhere.",
  "About 2,500 visitors climb the lighthouse each year, and the footpath around the point will stay closed to walkers until the move is finished.",
  "The tower was built in 1871 and has not guided ships since its lamp was switched off in the 1990s, but it remains a listed building that cannot be taken down.",
];

const article = (outlet: string, published: string | undefined, paragraphs: readonly number[], foot: string): string =>
  `---\noutlet: ${outlet}\n${published ? `published: ${published}\n` : ""}language: en\n---\n${paragraphs.map((i) => PARAGRAPHS[i]).join("\n\n")}\n\n${foot}\n`;

async function copiesOf(published: string | undefined): Promise<string[]> {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "a-harbour.txt": article("Harbour Lantern", published, [0, 1, 2], "Send your photographs of the point to our newsdesk."),
      "b-moor.txt": article("Moorland Echo", published, [0, 1, 3], "More local news on page six."),
      "c-ferry.txt": article("Ferryside Weekly", published, [0, 2, 3], "Our reporter will follow the move."),
      "d-agency.txt": article("Coastal Press Service", published, [0, 1, 2, 3], "Reporting by the Coastal Press Service desk."),
    }),
  );
  return graph
    .edges()
    .filter((e) => graph.getEdgeAttribute(e, "kind") === "copies")
    .map((e) => `${graph.source(e)} -> ${graph.target(e)}`);
}

describe("cuts of one story that nothing orders", () => {
  it.each([["the same day", "2025-07-08"], ["no dates", undefined]])("draw no copy between two cuts (%s)", async (_, published) => {
    const between = (await copiesOf(published)).filter((e) => !e.endsWith("-> d-agency"));
    expect(between).toEqual([]);
  });
});
