// A source line that lists several sources between slashes ("Źródło: X / gazetawislanska.pl / PAP") names each of them,
// not one outlet glued of all three: only a part the registry or the case knows is cited. Own invented story.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { creditParts } from "../../src/extract/lineCitations.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const BODY =
  "W czwartek wieczorem pojawiła się informacja, że burmistrz Lipowca Tadeusz Mrówka zrezygnował ze stanowiska po kontroli w urzędzie.\n\n" +
  "Burmistrz zaprzeczył w piątek i zapowiedział, że pozostanie na stanowisku do końca kadencji, a kontrola nie wykazała nieprawidłowości.\n\n";

async function outlets(line: string): Promise<string[]> {
  const { graph } = await analyseCaseFolder(await makeCase({ "a.txt": frontMatterArticle("pl", "Gazeta Wiślańska", "2024-03-02", "Burmistrz Lipowca rezygnuje", BODY + line) }));
  return graph.filterEdges((_, a) => a.kind === "cites" || a.kind === "republishes").map((e) => graph.target(e)).sort();
}

describe("a source line listing several sources", () => {
  it("cites each outlet it lists, and no outlet made of the whole list", async () => {
    const found = await outlets("Źródło: X / Kurier Lipowiecki / PAP");
    expect(found).toContain("outlet:polish-press-agency");
    // Each part on its own words: the paper's name holds an outlet noun ("Kurier"), a lone letter names nothing.
    expect(found).toEqual(["outlet:kurier-lipowiecki", "outlet:polish-press-agency"]);
  });

  it("still cites a single unregistered name after the label", async () => {
    expect(await outlets("Źródło: Kurier Lipowiecki")).toContain("outlet:kurier-lipowiecki");
  });

  it("keeps an address whole and splits names at slashes and semicolons", () => {
    expect(creditParts("https://kurier.example.pl/artykul/1")).toBeUndefined();
    expect(creditParts("Kurier Lipowiecki")).toBeUndefined();
    expect(creditParts("dpa/AFP")?.map((p) => p.name)).toEqual(["dpa", "AFP"]);
    expect(creditParts("X / kurier.pl; PAP")?.map((p) => p.name)).toEqual(["X", "kurier.pl", "PAP"]);
  });

  // "Source: Velmont Herald, Corvel Times" was one outlet "Velmont Herald, Corvel Times" that no text names.
  it("splits a list of names at commas, and keeps a body with its office in small letters whole", () => {
    expect(creditParts("Velmont Herald, Corvel Times")?.map((p) => p.name)).toEqual(["Velmont Herald", "Corvel Times"]);
    expect(creditParts("Urząd Miasta Lipowca, biuro prasowe")).toBeUndefined();
  });

  it("cites each outlet a comma list names, and no outlet made of the whole list", async () => {
    expect(await outlets("Źródło: Kurier Lipowiecki, PAP")).toEqual(["outlet:kurier-lipowiecki", "outlet:polish-press-agency"]);
  });
});
