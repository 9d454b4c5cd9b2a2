/**
 * A picture's credit line ("Foto: Ana Berg/Agência Talbridge", "Imagem: reprodução") that several articles print with
 * the same agency's picture became a main claim, "presented as true" by each; and a credit run into a sentence showed in
 * its label. A credit says who took a picture: no claim, and no part of one (invented texts).
 */
import { describe, expect, it } from "vitest";
import { withoutPictureCredit } from "../../../src/analyse/claims/label.ts";
import { analyseCaseFolder } from "../../../src/pipeline.ts";
import type { ClaimNodeAttrs } from "../../../src/graph/types.ts";
import { frontMatterArticle, makeCase } from "../../helpers.ts";

describe("a picture credit", () => {
  it.each([
    ["pt", "Foto: Ana Berg/Agência Talbridge", ""],
    ["pt", "Imagem: reprodução", ""],
    ["es", "Foto: Ana Berg / Agencia Talbridge", ""],
    ["de", "Foto: Ana Berg / Talbridger Presse", ""],
    ["en", "(Photo by Ana Berg/Talbridge Press)", ""],
    ["pt", "A ponte Kestrel vista do porto no domingo Foto: Ana Berg/Agência Talbridge", "A ponte Kestrel vista do porto no domingo"],
    // A credit written in words after a separator, or opening the text, is still a credit.
    ["en", "The Kestrel bridge at dawn. Photo by Ana Berg", "The Kestrel bridge at dawn."],
    ["en", "Kestrel bridge to close for two years | Photo courtesy of Talbridge Council", "Kestrel bridge to close for two years"],
    ["en", "Photo by Ana Berg", ""],
  ])("%s: %s", (language, text, rest) => {
    expect(withoutPictureCredit(text, language)).toBe(rest);
  });
  // Inside a sentence the same words are the sentence's own: a headline about a photo was labelled "Old Lake Monster".
  it.each([
    ["en", "Old Lake Monster Photo by Talbridge Council Shared as New Again"],
    ["en", "Fake Image by the Quillon Ledger shows the bridge flooded"],
    ["es", "El Diario Sur publicó una foto de la alcaldesa Ana Berg en el puerto"],
    ["de", "Der Kurier zeigte ein Foto von Ana Berg am Hafen"],
  ])("%s: a picture word and its preposition inside a sentence is no credit: %s", (language, text) => {
    expect(withoutPictureCredit(text, language)).toBe(text);
  });
  it("control: a sentence without one is unchanged", () => {
    expect(withoutPictureCredit("A ponte Kestrel vai fechar por dois anos a partir de março.", "pt")).toBe("A ponte Kestrel vai fechar por dois anos a partir de março.");
  });

  it("printed by several articles is no claim", async () => {
    const credit = "Foto: Ana Berg/Agência Talbridge";
    const root = await makeCase({
      "a.txt": frontMatterArticle("pt", "Jornal do Porto", "2026-03-01", "Ponte Kestrel vai fechar", `A ponte Kestrel vai fechar por dois anos a partir de março, disse o prefeito.\n\n${credit}\n\nOs comerciantes temem perder clientes.`),
      "b.txt": frontMatterArticle("pt", "Folha do Vale", "2026-03-02", "Ponte fecha", `${credit}\n\nA ponte Kestrel ficará fechada durante dois anos, segundo a prefeitura.`),
      "c.txt": frontMatterArticle("pt", "Diário Sul", "2026-03-03", "Dois anos sem ponte", `O prefeito anunciou que a ponte Kestrel vai fechar por dois anos.\n\n${credit}`),
    });
    const { graph } = await analyseCaseFolder(root);
    const labels = graph.nodes().map((k) => graph.getNodeAttributes(k) as ClaimNodeAttrs).filter((a) => a.kind === "claim").map((a) => a.label);
    expect(labels.filter((l) => /Foto|Ana Berg/u.test(l))).toEqual([]);
    expect(labels.some((l) => /ponte Kestrel/iu.test(l))).toBe(true);
  });
});
