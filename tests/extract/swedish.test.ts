// Swedish speakers whose role ends in the definite neuter -et ("Kommunalrådet", "Statsrådet"): the form was no role
// noun, so "Kommunalrådet i Ölmsta, Karin Lövgren, säger …" named no one and "Kommunalrådet Karin Lövgren säger …"
// took the role into the name (probe 25 item 17, m17). The common gender's -en ("Hamnchefen") already read.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

async function sourcesOf(sentence: string): Promise<string[]> {
  const root = await makeCase({ "a.txt": `---\noutlet: Ölmsta Kuriren\npublished: 2026-05-04\nlanguage: sv\n---\n${sentence}\n` });
  const { graph } = await analyseCaseFolder(root);
  return graph.filterNodes((_n, a) => a.kind === "source").map((n) => graph.getNodeAttribute(n, "label")).sort();
}

describe("a Swedish role in the definite neuter", () => {
  it.each<[string, string[]]>([
    ["Kommunalrådet i Ölmsta, Karin Lövgren, säger att beskedet om färjan kom som en chock.", ["Karin Lövgren"]],
    ["Kommunalrådet Karin Lövgren säger att beskedet om färjan kom som en chock.", ["Karin Lövgren"]],
    // Control: passes before and after.
    ["Hamnchefen i Ölmsta, Per Strand, säger att hamnen stängs i maj.", ["Per Strand"]],
  ])("%s", async (sentence, expected) => {
    expect(await sourcesOf(sentence)).toEqual(expected);
  });
});
