// Two texts that each quote an official statement and retell one of its sentences in reported speech share that
// sentence's words without one copying the other: where a third text of the case prints those words inside the
// statement it quotes, they are the statement's, and a short shared run of them (under twenty words) shows no copy.
// The quotation both print is the same quotation (quotes_same). Own invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

// The Velm text a day after the Harbour one: two texts of one day that share only a short run are no copy anyway
// (classify.ts, sameDay), and the question here is whose words the run is.
const article = (id: string, outlet: string, body: string, published = "2026-05-07"): string => `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

const POINT = "We point out that false accounts on social media are spreading the false report that the minister died in a road accident";
const APPEAL = "residents and reporters not to share false reports and to rely on official and trusted sources";

const HARBOUR =
  `Ministry denies rumour about Oren Talby\n\nThe Interior Ministry said on Thursday that posts claiming the minister Oren Talby had died were false. ` +
  `The ministry urged ${APPEAL}. "${POINT}," the ministry wrote on its page.\n\nThe posts first appeared late on Wednesday night.`;
const VELM =
  `Velm officials answer the hoax\n\nOfficials in Velm reacted quickly to the rumour about the minister. "${POINT}. The minister was not involved in any accident," ` +
  `the ministry said in a post.\n\nAccording to the statement, officials asked ${APPEAL}.\n\nPolice have opened an inquiry into the accounts.`;

async function reuseKinds(third: string): Promise<string[]> {
  const root = await makeCase({
    "harbour.txt": article("harbour", "Harbour Post", HARBOUR),
    "velm.txt": article("velm", "Velm Courier", VELM, "2026-05-08"),
    "morrow.txt": article("morrow", "Morrow Gazette", third),
  });
  const { graph } = await analyseCaseFolder(root);
  return graph
    .edges()
    .filter((e) => [graph.source(e), graph.target(e)].sort().join(" ") === "harbour velm")
    .map((e) => graph.getEdgeAttribute(e, "kind") as string)
    .sort();
}

describe("a statement two texts quote and retell", () => {
  it("is no copy where a third text quotes the retold sentence as the statement's words", async () => {
    const morrow = `The ministry posted a statement on Thursday evening. It read: "${POINT}. We urge ${APPEAL}."\n\nThe minister appeared in public on Friday.`;
    const kinds = await reuseKinds(morrow);
    expect(kinds).not.toContain("copies");
    expect(kinds).toContain("quotes_same");
  });

  it("is still a copy where no text quotes the shared sentence: it is the two writers' own prose", async () => {
    const morrow = `The ministry posted a statement on Thursday evening about the minister's health.\n\nThe minister appeared in public on Friday at the harbour.`;
    expect(await reuseKinds(morrow)).toContain("copies");
  });
});
