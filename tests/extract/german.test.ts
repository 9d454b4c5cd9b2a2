// German sources missed: a source noun before the postposed "zufolge" ("Insidern zufolge", "Einem Beamten zufolge")
// named no one (only "laut" read a source noun); "nach Einschätzung des Experten X" named no one (no cue); a role in a
// weak case or a compound ending in one ("dem Experten", "Hafenexperten") was no role, so its person was lost or the
// role became an anonymous source; and a name a quotation follows ("laut der Expertin X „…“") was not read after its role.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

async function sourcesOf(sentence: string): Promise<string[]> {
  const root = await makeCase({ "a.txt": `---\noutlet: Hafenbote Wendrich\npublished: 2026-05-04\nlanguage: de\n---\nDer Fährhafen von Wendrich soll im Herbst schließen.\n${sentence}\n` });
  const { graph } = await analyseCaseFolder(root);
  return graph.filterNodes((_n, a) => a.kind === "source").map((n) => `${(graph.getNodeAttributes(n) as unknown as { sourceType?: string }).sourceType}:${graph.getNodeAttribute(n, "label")}`).sort();
}

describe("German sources", () => {
  it.each<[string, string[]]>([
    ["Insidern zufolge hält die Reederei den Hafen für überflüssig.", ["anonymous:Insidern"]],
    ["Einem Beamten zufolge wird der Hafen im Oktober geschlossen.", ["anonymous:Beamten"]],
    ["Die Schließung hätte nach Einschätzung des Hafenexperten Lorenz Quast „spürbare Folgen“.", ["named:Lorenz Quast"]],
    ["Die Schließung hätte laut dem Experten Lorenz Quast spürbare Folgen für die Stadt.", ["named:Lorenz Quast"]],
  ])("%s", async (sentence, expected) => {
    expect(await sourcesOf(sentence)).toEqual(expected);
  });

  it("a role named alone stays an unnamed source", async () => {
    // Control: passes before and after.
    expect(await sourcesOf("Die Schließung hätte laut einem Experten spürbare Folgen für die Stadt.")).toEqual(["anonymous:einem Experten"]);
  });
});
