// Wire and reprint credits that were not read as syndication: Swedish "Texten är från X." (no frame), a German agency
// credit with the editor's initials after a slash ("(dpa/kmw)": the initials were taken for a second agency, so the
// whole credit failed), and Portuguese "Este conteúdo foi publicado originalmente pelo X" (read by the citation frame
// "publicado pelo X" before the first-appeared-in frame could say the page runs X's text).
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

type Graph = Awaited<ReturnType<typeof analyseCaseFolder>>["graph"];
const edgesOf = (graph: Graph, kind: string) => graph.filterEdges((_e, a) => (a as { kind?: string }).kind === kind).map((e) => `${graph.source(e)} -> ${graph.target(e)}`);

const SV = "Hamnen i Ölmsta stängs för fartyg över hundra meter från och med juni, meddelar hamnbolaget.";
const DE = "Der Hafen von Ölmsta wird ab Juni für Schiffe über hundert Meter gesperrt, teilte die Hafengesellschaft mit.";
const PT = "O porto de Ölmsta vai fechar a navios com mais de cem metros a partir de junho, informou a empresa portuária.";

describe("wire and reprint credits", () => {
  it.each<[string, string, string, string]>([
    ["sv", "Texten är från Baltiska Telegrambyrån.", SV, "outlet:baltiska-telegrambyran"],
    ["pt", "Este conteúdo foi publicado originalmente pelo Diário Aurora.", PT, "outlet:diario-aurora"],
    ["de", "(dpa/kmw)", DE, "outlet:dpa"],
    // Control: the agency alone.
    ["de", "(dpa)", DE, "outlet:dpa"],
  ])("%s: %s", async (language, credit, story, outlet) => {
    const source = outlet === "outlet:dpa" ? "dpa" : outlet === "outlet:diario-aurora" ? "Diário Aurora" : "Baltiska Telegrambyrån";
    const root = await makeCase({
      "wire.txt": `---\noutlet: ${source}\npublished: 2026-03-02T08:00:00Z\nlanguage: ${language}\n---\n${story}\n`,
      "paper.txt": `---\noutlet: Ölmsta Kuriren\npublished: 2026-03-02T12:00:00Z\nlanguage: ${language}\n---\n${story}\n${credit}\n`,
    });
    const { graph } = await analyseCaseFolder(root);
    expect(edgesOf(graph, "republishes")).toEqual([`paper -> ${outlet}`]);
  });
});
