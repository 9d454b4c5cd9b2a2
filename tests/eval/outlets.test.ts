// Outlets in the eval: one registry entry is one outlet (and nothing fuzzier), and an outlet node no text or metadata names is counted as invented.
import { describe, expect, it } from "vitest";
import { domainToASCII } from "node:url";
import { createOutletRegistry, OutletEntrySchema, outletNameFromDomain } from "../../src/core/outlets.ts";
import { inventedOutlets, normaliseNode, siteLabel } from "../../src/eval/outlets.ts";
import { scoreGraph, TruthSchema } from "../../src/eval/score.ts";
import type { SerializedProvenanceGraph } from "../../src/graph/types.ts";

const registry = createOutletRegistry([
  OutletEntrySchema.parse({ name: "Evening Courier News", aliases: ["Evening Courier", "ECN"], domains: ["eveningcourier.example"] }),
  OutletEntrySchema.parse({ name: "Morning Star Gazette", domains: ["msg.example"] }),
  OutletEntrySchema.parse({ name: "Coastal Wire Service", credits: ["CWS"], kind: "agency" }),
  OutletEntrySchema.parse({ name: "Beibin Daily", aliases: ["北滨日报"] }),
]);

function outletsGraph(labels: string[]): SerializedProvenanceGraph {
  return {
    attributes: { findings: [] },
    options: {},
    nodes: labels.map((label) => ({ key: normaliseNode(`outlet:${label}`), attributes: { kind: "outlet", label, outletKind: "unknown", inCase: false } })),
    edges: [],
  } as unknown as SerializedProvenanceGraph;
}

describe("outlet references", () => {
  it.each([
    ["outlet:Evening Courier", "outlet:evening-courier-news", true],
    ["outlet:ECN", "outlet:Evening Courier News", true],
    ["outlet:The Harbour Times", "outlet:harbour-times", true],
    ["outlet:Evening Courier", "outlet:Morning Star Gazette", false],
    // Not in the registry: no fuzzy matching, a word more is another outlet.
    ["outlet:Harbour Times", "outlet:Harbour Times Online", false],
  ])("%s ≡ %s: %s", (a, b, same) => expect(normaliseNode(a, registry) === normaliseNode(b, registry)).toBe(same));

  it("counts a citation of a registry alias as the truth's outlet", () => {
    const graph = { attributes: { findings: [] }, nodes: [], edges: [{ key: "1", source: "a", target: "outlet:evening-courier", attributes: { kind: "cites" } }] } as unknown as SerializedProvenanceGraph;
    const truth = TruthSchema.parse({ relations: [{ from: "a", to: "outlet:Evening Courier News", relation: "cites" }] });
    expect(scoreGraph(graph, truth, { registry }).kinds[0]?.recall).toBe(1);
    expect(scoreGraph(graph, truth).kinds[0]?.recall).toBe(0);
  });

  it("reads a truth outlet written as its exact registry credit signature as that outlet, and nothing looser", () => {
    const edge = (target: string) => ({ attributes: { findings: [] }, nodes: [], edges: [{ key: "1", source: "a", target, attributes: { kind: "republishes" } }] }) as unknown as SerializedProvenanceGraph;
    const truth = (to: string) => TruthSchema.parse({ relations: [{ from: "a", to, relation: "republishes" }] });
    // The reader wrote what the byline prints ("CWS"); the graph names the agency the registry gives that signature to.
    expect(scoreGraph(edge("outlet:coastal-wire-service"), truth("outlet:CWS"), { registry }).kinds[0]).toMatchObject({ recall: 1, precision: 1 });
    // Not as the registry spells it: no credit, and no outlet the graph names.
    expect(scoreGraph(edge("outlet:coastal-wire-service"), truth("outlet:cws"), { registry }).kinds[0]?.recall).toBe(0);
    // The graph's own references are never read as credits: a node the reader made of the word "CWS" is another outlet.
    expect(scoreGraph(edge("outlet:cws"), truth("outlet:Coastal Wire Service"), { registry }).kinds[0]?.recall).toBe(0);
  });
});

describe("invented outlets", () => {
  const grounding = {
    texts: ["The mayor told Le Monde on Tuesday, according to the ECN desk.", "Le maire s'est confié auprès du Courrier Lacustre.", "Il sindaco ha parlato nel Giornale dei Laghi.", "As the HARBOUR\u00a0TIMES’ reporter wrote", "Apple growers met.", "Vali, Liman TV'ye konuştu; Kuzey Gazetesi’nden Ayşe Kara aktardı.", "逮捕は全国で初めて。KBXニュースなどが報じた。", "The ferry was late, CWS reported (source ValleyPost).", "據《北濱日報》報導,渡輪延誤。"],
    hosts: ["news.msg.example", "www.riverside-daily.example"],
  };

  it.each([
    ["Le Monde", false, "named in a text"],
    ["le monde", false, "case does not matter"],
    ["Lé Monde", false, "accents are folded"],
    ["Harbour Times", false, "typography and case folded"],
    ["Evening Courier News", false, "a registry alias (ECN) is in a text"],
    ["Morning Star Gazette", false, "the registry gives an article's host to it"],
    ["Riverside Daily", false, "its name is an article's host"],
    ["Liman TV", false, "named with a case ending after an apostrophe"],
    ["Kuzey Gazetesi", false, "named with a case ending after a typographic apostrophe"],
    ["KBX", false, "named in Latin letters run on into katakana"],
    ["KB", true, "still a whole word only beside an unspaced script"],
    ["Coastal Wire Service", false, "its registry credit signature (CWS) is in a text"],
    ["Valley Post", false, "its name is in a text run together"],
    ["Valley", true, "a run-together name does not ground a piece of it"],
    ["Le Courrier Lacustre", false, "its article fused with a preposition (du) in a text"],
    ["Il Giornale dei Laghi", false, "its article fused with a preposition (nel) in a text"],
    ["Le Lacustre", true, "the article is never dropped alone: 'Lacustre' after 'Courrier' is no 'du Lacustre'"],
    ["Beibin Daily", false, "its Simplified alias (北滨日报) written in Traditional characters (北濱日報), as the reader matches it"],
    ["Daily Planet", true, "named nowhere"],
    ["App", true, "a whole word only: 'Apple' does not name 'App'"],
    ["News", true, "a host's subdomain or a piece of its name is not the site's name"],
  ])("%s invented: %s (%s)", (label, invented) => {
    expect(inventedOutlets(outletsGraph([label]), grounding, registry)).toEqual(invented ? [label] : []);
  });

  it.each([
    ["news.msg.example", "msg"],
    ["www.riverside-daily.example", "riverside-daily"],
    ["news.bbc.co.uk", "bbc"],
    ["theaustralian.com.au", "theaustralian"],
  ])("the site label of %s is %s", (host, label) => expect(siteLabel(host)).toBe(label));

  it("does not count a name a person gave in a review", () => {
    const graph = outletsGraph(["Daily Planet"]);
    (graph.nodes[0]!.attributes as { review?: string }).review = "renamed";
    expect(inventedOutlets(graph, grounding, registry)).toEqual([]);
  });

  it("grounds an outlet named by its article's whole host, an internationalised one as its owner writes it", () => {
    expect(inventedOutlets(outletsGraph(["riverside-daily.example"]), grounding, registry)).toEqual([]);
    const address = `http://${domainToASCII("נהר.example")}/a`;
    expect(address).toContain("xn--");
    expect(outletNameFromDomain(address)).toBe("נהר.example");
    expect(inventedOutlets(outletsGraph(["נהר.example"]), { texts: [], hosts: ["נהר.example"] })).toEqual([]);
  });

  it("finds a name in a script written without spaces as a substring", () => {
    expect(inventedOutlets(outletsGraph(["人民网"]), { texts: ["据人民网报道"], hosts: [] })).toEqual([]);
  });

  // A registered outlet that a declining language writes only in another case ("Aamuviestin mukaan", "podle Horské
  // televize") is the outlet the reader resolved it to (extract/cited.ts uninflected), not a name made up.
  it.each([
    ["Aamuviesti", "Silta suljetaan, Aamuviestin mukaan.", false],
    ["Horská televize", "Most uzavřou, podle Horské televize.", false],
    ["Horská televize", "Most uzavřou, podle Horské pošty.", true],
    ["Aamuviesti", "Silta suljetaan, Iltaviestin mukaan.", true],
  ])("%s grounded in '%s': invented %s", (label, text, invented) => {
    const declining = createOutletRegistry([OutletEntrySchema.parse({ name: "Aamuviesti" }), OutletEntrySchema.parse({ name: "Horská televize" })]);
    expect(inventedOutlets(outletsGraph([label]), { texts: [text], hosts: [] }, declining)).toEqual(invented ? [label] : []);
  });
});
