/**
 * A debunk that prints the hoax after a colon ("The fake message reads: “P”", "yang berbunyi: “P”", "dice así: «P»",
 * "recita: «P»") told P as the message's words, but the claim drawn was the debunk sentence itself, asserted true by
 * every debunk. The quoted words are a clause told as someone's claim (claims/propositions.ts), like "the rumour that P":
 * the claim is P in the texts' own words, reported false by the debunks. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { readPropositions } from "../../../src/analyse/claims/propositions.ts";
import { analyseCaseFolder } from "../../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../../helpers.ts";

describe("a message's words printed after a colon", () => {
  it.each([
    ["en", "The hoax is a chain message that reads: “Nine lorries of crates of poisoned apples are hidden at the Redford grain depot.”", "Nine lorries of crates of poisoned apples are hidden at the Redford grain depot"],
    ["en", "The fake post, shared thousands of times on Sunday, says: \"Nine lorries of crates of poisoned apples are hidden at the Redford grain depot.\"", "Nine lorries of crates of poisoned apples are hidden at the Redford grain depot"],
    ["id", "Hoaks itu berupa pesan berantai yang berbunyi: “Sembilan truk berisi beras busuk dari luar negeri disembunyikan di gudang Redford.”", "Sembilan truk berisi beras busuk dari luar negeri disembunyikan di gudang Redford"],
    ["es", "El bulo es una cadena que dice así: «Nueve camiones con manzanas envenenadas están escondidos en el almacén de Redford».", "Nueve camiones con manzanas envenenadas están escondidos en el almacén de Redford"],
    ["it", "La bufala è una catena che recita: «Nove camion di mele avvelenate sono nascosti nel magazzino di Redford».", "Nove camion di mele avvelenate sono nascosti nel magazzino di Redford"],
    ["fr", "L'intox est un message qui dit : « Neuf camions de pommes empoisonnées sont cachés dans l'entrepôt de Redford ».", "Neuf camions de pommes empoisonnées sont cachés dans l'entrepôt de Redford"],
    ["pt", "O boato é uma mensagem que diz: «Nove camiões de maçãs envenenadas estão escondidos no armazém de Redford».", "Nove camiões de maçãs envenenadas estão escondidos no armazém de Redford"],
  ])("%s: %s", (language, sentence, clause) => {
    expect(readPropositions(sentence, language).map((p) => [p.frame, p.span.text])).toEqual([["claim", clause]]);
  });

  it.each([
    // A person's words after a colon are a quotation of the person, not a message's content told as a claim.
    ["en", "The mayor denied the hoax, saying: “We will never sell the grain depot to anyone.”"],
    ["en", "Mayor Ilse Varga said: “We will never sell the grain depot to anyone.”"],
    ["it", "Il sindaco ha detto: «Non venderemo mai il magazzino di Redford»."],
  ])("control %s: %s", (language, sentence) => {
    expect(readPropositions(sentence, language)).toEqual([]);
  });
});

const article = (outlet: string, date: string, title: string, body: string) => frontMatterArticle("en", outlet, date, title, body);

describe("the hoax of a case of debunks that print it after a colon", () => {
  it("is the message's words, reported false by each debunk", async () => {
    const root = await makeCase({
      "a.txt": article("Redford Post", "2026-03-02", "Poisoned apples at the depot? No", "The health board of Redford has called a message about poisoned apples a hoax. The hoax is a chain message that reads: “Nine lorries of crates of poisoned apples are hidden at the Redford grain depot.” Inspectors found only grain at the depot on Monday."),
      "b.txt": article("Valley Checks", "2026-03-03", "No poisoned apples in the grain depot", "Officials checked the Redford grain depot after a hoax spread on Sunday. The hoax is a chain message that reads: “Nine lorries of crates of poisoned apples are hidden at the Redford grain depot.” The board said the depot holds grain only."),
      "c.txt": article("Plains Herald", "2026-03-04", "Board rejects apple hoax", "A hoax about apples kept the Redford board busy this week. The fake chain message reads: “Nine lorries of crates of poisoned apples are hidden at the Redford grain depot.” Board inspectors found nothing but grain."),
    });
    const { graph } = await analyseCaseFolder(root);
    const claims = graph.filterNodes((_, a) => a.kind === "claim");
    const texts = claims.map((k) => (graph.getNodeAttributes(k) as { text: string }).text);
    const hoax = claims[texts.indexOf("Nine lorries of crates of poisoned apples are hidden at the Redford grain depot")];
    expect(hoax, texts.join(" | ")).toBeDefined();
    const stances = graph.filterInEdges(hoax!, () => true).map((e) => (graph.getEdgeAttributes(e) as { stance?: string }).stance);
    expect(stances).toEqual(["false", "false", "false"]);
  });
});
