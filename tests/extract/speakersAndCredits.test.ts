// Speakers and credits missed in texts of other languages (session 31): a Czech speaker after a verb and where the words
// were posted ("uvedl primátor na twitteru"), a French post's writer after a role ("a ainsi tweeté la maire de X, Name"),
// the outlet that put the questions ("interrogé par X"), a Romanian agency credit in the present ("relatează X") and a
// site's address as a page's credit ("Sursa: www.x.ro"). Own invented stories, outlets and people.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

async function graphOf(lang: string, body: string) {
  const { graph } = await analyseCaseFolder(await makeCase({ "a.txt": frontMatterArticle(lang, "Hlas Podhůří", "2021-04-04", "Zpráva", body) }));
  return graph;
}

/** "kind target" for each edge the article draws, and each source node with its role. */
async function read(lang: string, body: string): Promise<{ edges: string[]; sources: string[] }> {
  const graph = await graphOf(lang, body);
  const edges = graph.filterEdges((_, a) => a.kind !== "published_by").map((e) => `${graph.getEdgeAttribute(e, "kind")} ${graph.target(e)}`);
  return { edges: edges.sort(), sources: graph.filterNodes((_, a) => a.kind === "source").sort() };
}

describe("Czech speakers after a verb and where the words were posted", () => {
  it("reads a role referring back, a surname and a body, each before the platform", async () => {
    const { edges } = await read(
      "cs",
      "Policie se zabývá nahrávkou o zavření obchodů v Horním Vlkově.\n\n" +
        "Tuto informaci popřel primátor Tomáš Hrubý. „Žádné takové rozhodnutí město nepřijalo,“ uvedl primátor na twitteru.\n\n" +
        "„Je to hloupost,“ napsal Hrubý na twitteru k obsahu nahrávky.\n\n" +
        "„Zpráva je smyšlená a šíří se po sítích,“ uvedla policie na twitteru.\n",
    );
    expect(edges).toContain("quotes source:tomas-hruby");
    expect(edges).toContain("quotes source:policie");
  });

  it("steps over what the words were about and the platform before the speaker", async () => {
    const { edges } = await read("cs", "Policie se zabývá nahrávkou o zavření obchodů v Horním Vlkově.\n\n„Je to hloupost,“ uvedl k obsahu nahrávky na Twitteru primátor Tomáš Hrubý (ANO).\n");
    expect(edges).toContain("quotes source:tomas-hruby");
  });

  it("closes a quotation printed with the English opening mark at both ends", async () => {
    const { edges } = await read("cs", "Policie se zabývá nahrávkou o zavření obchodů.\n\nTuto informaci popřel primátor Tomáš Hrubý. “Žádné takové rozhodnutí město nepřijalo. Zachovejte klid,“ uvedl primátor na twitteru.\n");
    expect(edges).toContain("quotes source:tomas-hruby");
  });

  it.each([
    ["cs", "Na nahrávku reagoval také primátor Hrubý a ministr Jan Dvořák.\n\n„Je to nesmysl,“ píše primátor.\n", "source:jan-dvorak"],
    ["ru", "На запись отреагировали губернатор Волков и министр Иван Петров.\n\n«Это чепуха», — заявил губернатор.\n", "source:иван-петров"],
  ])("never gives a role the name that follows another role (%s)", async (lang, body, other) => {
    const { sources } = await read(lang, body);
    expect(sources).not.toContain(other);
  });
});

describe("a French post's writer after a role and its name", () => {
  it("credits the name after the role", async () => {
    const { edges } = await read("fr", "Un jeune homme a sauvé un chat coincé sur un toit de Vernac samedi soir.\n\n« Un grand merci à Paul Viret pour son courage », a ainsi tweeté la maire de Vernac, Odile Ferrand.\n");
    expect(edges).toContain("quotes source:odile-ferrand");
  });
});

describe("the outlet that put the questions", () => {
  it("cites a registered outlet or one after a publication noun, never the police", async () => {
    const { edges } = await read(
      "fr",
      "Un jeune homme a sauvé un chat coincé sur un toit de Vernac samedi soir.\n\n" +
        "Paul Viret, interrogé par France Inter, explique avoir agi par réflexe.\n\n" +
        "Sa voisine a raconté notamment à la télévision Onde Vernac avoir eu très peur.\n\n" +
        "Le propriétaire, interrogé par les enquêteurs, a tout nié.\n",
    );
    expect(edges).toContain("cites outlet:france-inter");
    expect(edges).toContain("cites outlet:onde-vernac");
    expect(edges.filter((e) => e.startsWith("cites"))).toHaveLength(2);
  });
});

describe("the person a story is told by", () => {
  it.each([
    ["it", "La storia di un ragazzo di Valbruna, raccontata da Marta Ricci durante il programma di Radio Collina, è diventata virale.\n", "source:marta-ricci"],
    ["es", "La historia de un joven de Valdeloma, contada por Marta Ruiz en la radio, se volvió viral.\n", "source:marta-ruiz"],
  ])("is the story's source (%s)", async (lang, body, who) => {
    const { sources } = await read(lang, body);
    expect(sources).toContain(who);
  });
});

describe("outlets counted and then listed after a colon", () => {
  it("cites each name where the count and the names agree", async () => {
    const { edges } = await read("it", "La notizia del lupo in piazza è comparsa su tre testate locali, tutte nella stessa mattina: Gazzetta Valbruna, Collina Oggi, Radio Lago. Nessuna citava una fonte.\n");
    expect(edges).toEqual(["cites outlet:collina-oggi", "cites outlet:gazzetta-valbruna", "cites outlet:radio-lago"]);
  });

  it("reads an address and a name after its article, closed by the conjunction", async () => {
    const { edges } = await read("en", "The story was picked up by two sites: harbournews.com and the Valley Ledger.\n");
    expect(edges).toEqual(["cites outlet:harbournews-com", "cites outlet:valley-ledger"]);
  });

  it("cites nothing where the count and the names disagree, or the list is of people", async () => {
    const { edges } = await read("en", "Two newspapers carried it: The Harbour Post, Valley Times and Ledger Daily.\n\nThree reporters asked: Anna Berg, Tom Vale and Ines Calder.\n");
    expect(edges.filter((e) => e.startsWith("cites"))).toEqual([]);
  });
});

describe("Romanian credits", () => {
  it("reads an agency credited in the present after the verb", async () => {
    const { edges } = await read("ro", "Podul din Valea Mare rămâne închis după ploile de ieri, relatează gazetanord.ro. Primarul a cerut ajutor.\n");
    expect(edges).toContain("cites outlet:gazetanord-ro");
  });

  it("reads a site's address as the page's credit", async () => {
    const { edges } = await read("ro", "3 iulie 2025 - Primar\n\nPrimăria dezminte știrea falsă despre podul din Valea Mare\n\nSursa: www.gazetanord.ro\n\nPodul din Valea Mare rămâne închis după ploile de ieri. Primarul a cerut ajutor și a spus că lucrările vor dura.\n");
    expect(edges).toContain("republishes outlet:gazetanord-ro");
  });
});
