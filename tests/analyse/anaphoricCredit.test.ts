// A credit in a sentence of its own that points back at the sentence before ("… 12 years. That is what X reports.",
// "Det rapporterar X.", "Das berichtet X.", "Det skriver X.") left the re-report of a declared satire with a citation
// but no claim taken from it: the satire's label was dropped and no laundering was found (probe 22, item 4).
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const SATIRE = "---\noutlet: The Pickled Post\npublished: 2026-02-02\nlanguage: en\n---\nDrinking a glass of pickle juice every morning adds 12 years to your life, doctors at the Vellmar Institute say.\n\nThe Pickled Post is a satirical website. All stories on this site are made up.\n";

async function launderingOf(language: string, outlet: string, body: string): Promise<string[][]> {
  const root = await makeCase({ "post.txt": SATIRE, "paper.txt": `---\noutlet: ${outlet}\npublished: 2026-02-04\nlanguage: ${language}\n---\n${body}\n` });
  const { graph } = await analyseCaseFolder(root);
  return graph.getAttribute("findings").filter((f) => f.type === "laundering").map((f) => [...f.articles].sort());
}

describe("a credit in a sentence of its own after the claim it credits", () => {
  it("English: 'That is what X reports.'", async () => {
    expect(await launderingOf("en", "Morning Ledger", "A glass of pickle juice each morning adds 12 years to life, doctors have found.\n\nThat is what the website The Pickled Post reports.")).toEqual([["paper", "post"]]);
  });
  it("Swedish: 'Det rapporterar X.'", async () => {
    expect(await launderingOf("sv", "Kvällsposten", "Ett glas gurkspad varje morgon förlänger livet med 12 år, har läkare kommit fram till.\n\nDet rapporterar sajten The Pickled Post.")).toEqual([["paper", "post"]]);
  });
  it("German: 'Das berichtet X.'", async () => {
    expect(await launderingOf("de", "Abendblatt Nord", "Ein Glas Gurkenwasser jeden Morgen verlängert das Leben um 12 Jahre, haben Ärzte herausgefunden. Das berichtet die Website The Pickled Post.")).toEqual([["paper", "post"]]);
  });
  it("Danish: 'Det skriver X.'", async () => {
    expect(await launderingOf("da", "Aftenposten Syd", "Et glas agurkevand hver morgen forlænger livet med 12 år, har læger fundet ud af.\n\nDet skriver hjemmesiden The Pickled Post.")).toEqual([["paper", "post"]]);
  });
});
