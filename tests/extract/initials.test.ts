// An outlet named by its initials alone: a closing wire credit "(BTB)" or "(BTB/klm)" for an outlet the case knows as
// Baltiska Telegrambyrån was read as nothing (the closing credit took only the registry's agencies), and "der
// Nachrichtenagentur BNB" in one article beside "Texten är från Baltiska Nyhetsbyrån" in another made two outlets of
// one agency. Initials now stand for the one outlet of the case, or the one name the case writes, whose initials they are.
import { describe, expect, it } from "vitest";
import { isInitialsOf } from "../../src/core/outlets.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

type Graph = Awaited<ReturnType<typeof analyseCaseFolder>>["graph"];
const edgesOf = (graph: Graph, kind: string) => graph.filterEdges((_e, a) => (a as { kind?: string }).kind === kind).map((e) => `${graph.source(e)} -> ${graph.target(e)}`);

const SV = "Färjeläget i Ölmsta stängs i tre veckor från och med maj, meddelar kommunen.";
const DE = "Der Fähranleger in Ölmsta wird ab Mai für drei Wochen geschlossen, teilte die Gemeinde mit.";
const page = (outlet: string, language: string, body: string, hour = 12) => `---\noutlet: ${outlet}\npublished: 2026-04-02T${hour}:00:00Z\nlanguage: ${language}\n---\n${body}\n`;

describe("initials alone name the outlet they stand for", () => {
  it.each<[string, string, string]>([
    ["de", "(BTB/klm)", DE],
    ["sv", "(BTB)", SV],
  ])("%s closing credit %s credits the case's Baltiska Telegrambyrån", async (language, credit, story) => {
    const root = await makeCase({ "wire.txt": page("Baltiska Telegrambyrån", "sv", SV, 8), "paper.txt": page("Ölmsta Kuriren", language, `${story}\n${credit}`) });
    const { graph } = await analyseCaseFolder(root);
    expect(edgesOf(graph, "republishes")).toEqual(["paper -> outlet:baltiska-telegrambyran"]);
  });

  it("initials in one article are the name another article writes in full", async () => {
    const root = await makeCase({
      "a.txt": page("Ölmsta Kuriren", "sv", `${SV}\nTexten är från Baltiska Nyhetsbyrån.`),
      "b.txt": page("Fährbote Nord", "de", `Ein Sprecher der Gemeinde sagte der Nachrichtenagentur BNB, der Anleger werde repariert.`),
    });
    const { graph } = await analyseCaseFolder(root);
    expect(graph.hasNode("outlet:bnb")).toBe(false);
    expect(edgesOf(graph, "cites")).toContain("b -> outlet:baltiska-nyhetsbyran");
  });

  it("initials the registry knows as an outlet's own name stay that outlet", async () => {
    // "CNN" could be read as C(ha)N(nel) N(ewsAsia), an outlet another article writes in full: CNN said it, not Channel NewsAsia.
    const root = await makeCase({
      "a.txt": page("Harbour Daily", "en", "Channel NewsAsia reported on Tuesday that the Tarvel ferry pier would close for repairs."),
      "b.txt": page("Quay Times", "en", "Later, CNN said the Tarvel ferry pier would stay open through the summer."),
    });
    const { graph } = await analyseCaseFolder(root);
    const cites = edgesOf(graph, "cites");
    expect(cites).toContain("b -> outlet:cnn");
    expect(cites).not.toContain("b -> outlet:channel-newsasia");
  });

  it("initials nothing in the case spells out credit no one", async () => {
    // Control: passes before and after.
    const root = await makeCase({ "wire.txt": page("Baltiska Telegrambyrån", "sv", SV, 8), "paper.txt": page("Ölmsta Kuriren", "de", `${DE}\n(KRT/klm)`) });
    const { graph } = await analyseCaseFolder(root);
    expect(edgesOf(graph, "republishes")).toEqual([]);
    expect(graph.hasNode("outlet:krt")).toBe(false);
  });

  it("initials two case outlets share credit neither", async () => {
    // Control: passes before and after.
    const root = await makeCase({
      "wire.txt": page("Baltiska Telegrambyrån", "sv", SV, 8),
      "other.txt": page("Bergslagens Tidningsbyrå", "sv", SV, 9),
      "paper.txt": page("Ölmsta Kuriren", "de", `${DE}\n(BTB)`),
    });
    const { graph } = await analyseCaseFolder(root);
    expect(edgesOf(graph, "republishes")).toEqual([]);
  });

  it("reads initials of words and of a compound's later part, never of a one-word name", () => {
    expect(isInitialsOf("BTB", "Baltiska Telegrambyrån")).toBe(true);
    expect(isInitialsOf("FNA", "Fjordland News Agency")).toBe(true);
    expect(isInitialsOf("VPA", "Velmar Presse-Agentur")).toBe(true);
    expect(isInitialsOf("AP", "Aftenbladet")).toBe(false);
    expect(isInitialsOf("BTX", "Baltiska Telegrambyrån")).toBe(false);
  });
});
