/**
 * A debunk often introduces the story inside its own refutation: a noun that carries its verdict governs the clause that
 * states the claim ("informația falsă potrivit căreia P", "zvonul fals potrivit căruia P", "perätön väite, jonka mukaan
 * P"), or a denial verb takes it as its object ("kiisti, että P"). Romanian read the clause only after a bare noun and
 * Finnish had no such cues, so the sentence became a claim of its own, a debunk presented as true by every article that
 * printed it, and the story it refutes was never drawn. Invented texts, invented people and places.
 */
import { describe, expect, it } from "vitest";
import { readPropositions } from "../../src/analyse/claims/propositions.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import type { ClaimNodeAttrs } from "../../src/graph/types.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

describe("a noun with its verdict opens the story's clause", () => {
  it.each([
    ["ro", "Prefectura semnalează că circulă informația falsă potrivit căreia primarul Ion Vlad ar fi murit într-un accident.", "primarul Ion Vlad ar fi murit într-un accident"],
    ["ro", "Prefectura atrage atenția asupra unei știri false potrivit căreia podul de la Valea Mare s-ar fi prăbușit.", "podul de la Valea Mare s-ar fi prăbușit"],
    ["ro", "Pe rețele circulă zvonul fals potrivit căruia școala din Valea Mare se închide în toamnă.", "școala din Valea Mare se închide în toamnă"],
    ["fi", "Somessa levisi perätön huhu, jonka mukaan Järvelän silta on romahtanut, kertoo poliisi.", "Järvelän silta on romahtanut"],
    ["fi", "Poliisi kiistää väitteen, että pormestari Ilkka Koivu olisi kuollut onnettomuudessa.", "pormestari Ilkka Koivu olisi kuollut onnettomuudessa"],
    ["fi", "Paikallislehti kirjoitti, että Järvelän silta on romahtanut.", "Järvelän silta on romahtanut"],
  ])("%s: %s", (language, sentence, clause) => {
    expect(readPropositions(sentence, language).map((p) => [p.frame, p.span.text])).toEqual([["claim", clause]]);
  });

  it("reads no clause after a noun with an adjective that is no verdict's, nor after a verb of knowing or saying", () => {
    expect(readPropositions("Prefectura a publicat informația oficială despre podul de la Valea Mare.", "ro")).toEqual([]);
    expect(readPropositions("Pormestari tietää, että Järvelän silta on vanha.", "fi")).toEqual([]);
    expect(readPropositions("Pormestari sanoi, että Järvelän silta suljetaan.", "fi")).toEqual([]);
  });

  it("fi: a verb of denial takes the clause it denies", () => {
    expect(readPropositions("Kaupunki kiisti, että Järvelän silta suljetaan maaliskuussa.", "fi").map((p) => [p.frame, p.span.text])).toEqual([["denial", "Järvelän silta suljetaan maaliskuussa"]]);
  });
});

describe("a Romanian story told only inside the ministry's refutation", () => {
  it("is the story's clause, reported false by each article, not the refutation presented as true", async () => {
    const ro = (outlet: string, title: string, body: string) => frontMatterArticle("ro", outlet, "2026-07-03", title, body);
    const statement =
      "„Semnalăm faptul că în mediul online este răspândită informația falsă potrivit căreia primarul Ion Vlad din Valea Mare ar fi decedat într-un accident feroviar. Subliniem că informația este falsă!”, au transmis reprezentanții Prefecturii.";
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "curier.txt": ro("Curierul de Vale", "Prefectura dezminte informațiile despre moartea primarului Ion Vlad", `Prefectura combate o informație distribuită pe rețele. ${statement}\n\nPrefectura cere cetățenilor să verifice informațiile.`),
        "gazeta.txt": ro("Gazeta de Munte", "Știre falsă despre primarul Ion Vlad", `Prefectura atrage atenția asupra unei știri false potrivit căreia primarul Ion Vlad ar fi decedat într-un accident feroviar. ${statement}\n\nPrimarul se află la birou.`),
        "ziar.txt": ro("Ziarul de Seară", "Prefectura despre primarul Ion Vlad", `${statement}\n\nPoliția verifică sursa postării.`),
      }),
    );
    const claims = graph.filterNodes((_k, a) => a.kind === "claim").map((k) => graph.getNodeAttributes(k) as ClaimNodeAttrs);
    const story = claims.find((c) => /ar fi decedat într-un accident feroviar$/u.test(c.text) && !/informați|știr/u.test(c.text));
    expect([...(story?.reportedFalse ?? [])].sort()).toEqual(["curier", "gazeta", "ziar"]);
    expect(story?.presentedAsTrue).toEqual([]);
    // No claim presents the refutation's words about the story as true.
    expect(claims.filter((c) => /potrivit căreia/u.test(c.text) && (c.presentedAsTrue ?? []).length > 0)).toEqual([]);
  });
});

describe("a Finnish story told only inside the police's denial", () => {
  it("is the story's clause, reported false by each article", async () => {
    const fi = (outlet: string, title: string, body: string) => frontMatterArticle("fi", outlet, "2026-07-03", title, body);
    const denial = "Poliisi kiistää somessa levinneen perättömän väitteen, jonka mukaan pormestari Ilkka Koivu olisi kuollut auto-onnettomuudessa Järvelän tiellä.";
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "sanomat.txt": fi("Järvelän Sanomat", "Poliisi: pormestari on kunnossa", `${denial} Poliisi pyytää, ettei väitettä jaeta.\n\nPormestari on töissä kaupungintalolla.`),
        "uutiset.txt": fi("Itälahden Uutiset", "Perätön väite pormestarista leviää", `${denial}\n\nPoliisi selvittää, kuka väitteen keksi.`),
        "kylalehti.txt": fi("Kylälehti", "Pormestarin kuolemasta levisi valeuutinen", `${denial}\n\nPormestari kertoi voivansa hyvin.`),
      }),
    );
    const claims = graph.filterNodes((_k, a) => a.kind === "claim").map((k) => graph.getNodeAttributes(k) as ClaimNodeAttrs);
    const story = claims.find((c) => /^pormestari Ilkka Koivu olisi kuollut/u.test(c.text));
    expect([...(story?.reportedFalse ?? [])].sort()).toEqual(["kylalehti", "sanomat", "uutiset"]);
    expect(claims.filter((c) => /jonka mukaan/u.test(c.text) && (c.presentedAsTrue ?? []).length > 0)).toEqual([]);
  });
});
