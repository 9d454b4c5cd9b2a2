/** The reading stage in the graph: every cited outlet carries the words that named it, every citation its rule and confidence, and a case's own outlet lands on its article. */
import { describe, expect, it } from "vitest";
import { serializeGraph } from "../../src/graph/build.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase, REFERENCE_CASE } from "../helpers.ts";

const fm = (outlet: string, date: string, body: string): string => `---\noutlet: ${outlet}\npublished: ${date}\n---\n${body}`;

describe("citations in the graph", () => {
  it("rests each cited outlet on the words that named it, with the rule and a confidence on the edge", async () => {
    const root = await makeCase({
      "a.txt": fm("Valley Post", "2024-05-01", "The ferry service will end in June, the Harbour Herald reported on Monday, citing port officials."),
    });
    const g = serializeGraph((await analyseCaseFolder(root)).graph);
    const outlet = g.nodes.find((n) => n.key === "outlet:harbour-herald");
    expect(outlet?.attributes).toMatchObject({ kind: "outlet", namedBy: [{ article: "a", text: expect.stringContaining("the Harbour Herald reported") }] });
    const edge = g.edges.find((e) => e.attributes.kind === "cites");
    expect(edge?.attributes).toMatchObject({ confidence: 0.8, rule: "en.reported/outlet-cue-in-name" });
  });

  it("lands 'as <outlet of the case> reported' on that outlet's article, not on a bare outlet", async () => {
    const root = await makeCase({
      "post.txt": fm("Valley Post", "2024-05-01", "The ferry service between Orrin and Tallow will end in June after forty years, port officials said on Monday."),
      "blog.txt": fm("Tallow Notes", "2024-05-03", "As Valley Post reported, the ferry between Orrin and Tallow will end in June."),
    });
    const g = serializeGraph((await analyseCaseFolder(root)).graph);
    expect(g.edges.filter((e) => e.attributes.kind === "cites").map((e) => `${e.source}->${e.target}`)).toEqual(["blog->post"]);
  });
});

describe("syndication in the graph", () => {
  it("gives a republishes edge its words, rule and confidence", async () => {
    const root = await makeCase({
      "a.txt": fm("Valley Post", "2024-05-01", "LONDON (Reuters) - The ferry service will end in June, port officials said on Monday."),
    });
    const g = serializeGraph((await analyseCaseFolder(root)).graph);
    const edge = g.edges.find((e) => e.attributes.kind === "republishes");
    expect(edge?.target).toBe("outlet:reuters");
    expect(edge?.attributes).toMatchObject({ rule: "credit_line", confidence: 0.9, evidence: [{ text: "(Reuters)" }] });
  });

  it("draws a sign-off cut short by the end of the text to the outlet the case names whole, and nothing where none does", async () => {
    const reprint = fm("Valley Post", "2024-05-02", "The ferry service will end in June, port officials said on Monday. Stay tuned to Tide Radio Ne");
    const citing = fm("Hill Times", "2024-05-03", "The ferry service will end in June, Tide Radio News reported on Monday, citing port officials.");
    const both = serializeGraph((await analyseCaseFolder(await makeCase({ "a.txt": reprint, "b.txt": citing }))).graph);
    const edge = both.edges.find((e) => e.attributes.kind === "republishes");
    expect(edge?.source).toBe("a");
    expect(edge?.target).toBe("outlet:tide-radio-news");
    expect(edge?.attributes).toMatchObject({ rule: "sign_off/completed", confidence: 0.6, evidence: [{ text: "Stay tuned to Tide Radio Ne" }] });
    const alone = serializeGraph((await analyseCaseFolder(await makeCase({ "a.txt": reprint }))).graph);
    expect(alone.edges.filter((e) => e.attributes.kind === "republishes")).toEqual([]);
    expect(alone.nodes.filter((n) => n.attributes.kind === "outlet" && n.key !== "outlet:valley-post")).toEqual([]);
  });
});

describe("the rule and confidence of every edge read from a text (contract)", () => {
  it("are on every quotation, citation, credit, copy and claim edge of the reference case; only publication by an outlet is structural", async () => {
    const { graph } = await analyseCaseFolder(REFERENCE_CASE);
    const bare = serializeGraph(graph).edges.filter((e) => e.attributes.kind !== "published_by" && (typeof e.attributes.rule !== "string" || typeof e.attributes.confidence !== "number"));
    expect(bare.map((e) => `${e.attributes.kind} ${e.source} -> ${e.target}`)).toEqual([]);
  });
});
