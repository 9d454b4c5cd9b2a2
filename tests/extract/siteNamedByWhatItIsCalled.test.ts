/**
 * "A site called X published …" in Portuguese ("Um site chamado X publicou"), Greek ("Ένας ιστότοπος με την ονομασία «X»
 * δημοσίευσε") and Turkish ("X adlı internet sitesinde yayımlandı"): fact-checks name the site a claim came from by what
 * it is called; with a verb of publishing it is cited, whatever the registry knows. Without one (a site blocked, a site
 * merely named) nothing is cited. Own invented texts.
 */
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (body: string, language: string) => readPlain(body, language).attributions.map((a) => `${a.frame}:${a.outletName}`);

describe("a site named by what it is called, publishing a claim", () => {
  it.each([
    ["pt", "Um site chamado Pedra Azul publicou em março uma notícia sobre o barco do ministro.", "reported:Pedra Azul"],
    ["el", "Ένας ιστότοπος με την ονομασία \"Λιμάνι Νέα\" δημοσίευσε τον Μάρτιο άρθρο για το σκάφος του υπουργού.", "reported:Λιμάνι Νέα"],
    ["tr", "Haber, mart ayında Liman Haber adlı internet sitesinde yayımlandı.", "published_in:Liman Haber"],
  ])("%s: %s", (language, body, expected) => {
    expect(cited(body, language)).toEqual([expected]);
  });

  it.each([
    ["pt", "Um site chamado Folha do Vale foi bloqueado pela justiça."],
    ["el", "Ένας ιστότοπος με την ονομασία \"Λιμάνι Νέα\" έκλεισε χθες."],
    ["tr", "Liman Haber adlı internet sitesinde erişim engeli var."],
  ])("%s: a site named without publishing is no citation: %s", (language, body) => {
    expect(cited(body, language)).toEqual([]);
  });
});
