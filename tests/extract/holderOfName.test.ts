/**
 * Who speaks when a role or source noun holds a name written straight after a preposition ("A spokesman for Nordvik
 * Freight said"), when English names a company the lexicon knows ("Microsoft said"), and where a relative pronoun or a
 * passive's agent sits before an unnamed source ("fue engañada por testigos que aseguraron"), and a plural noun before
 * "of" and a name ("Supporters of Tom Vale said"). Invented texts.
 */
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a role or source noun holding a name after a preposition", () => {
  it.each([
    ["en", `A spokesman for Nordvik Freight said the ferry had left on time.`, ["anonymous:A spokesman for Nordvik Freight"]],
    ["en", `A lawyer for Pim Arvesen said the charges would be dropped.`, ["anonymous:A lawyer for Pim Arvesen"]],
    ["en", `"The ferry left on time," a spokeswoman for Nordvik Freight told reporters.`, ["anonymous:a spokeswoman for Nordvik Freight"]],
    ["fr", `Un avocat de Jean Malvoisin a déclaré que les poursuites seraient abandonnées.`, ["anonymous:Un avocat de Jean Malvoisin"]],
    ["es", `El abogado de Tomás Arbeloa dijo que los cargos serían retirados.`, ["anonymous:El abogado de Tomás Arbeloa"]],
    ["de", `Ein Sprecher von Nordvik sagte, die Fähre sei pünktlich abgefahren.`, ["anonymous:Ein Sprecher von Nordvik"]],
  ])("%s: %s", (language, text, labels) => {
    expect(sourceLabels(readPlain(text, language))).toEqual(labels);
  });

  it("reads a body's name after a spokesperson as the body, as it does with an article before the name", () => {
    expect(sourceLabels(readPlain(`A spokeswoman for Tallow Hospital said the patient had died.`, "en"))).toEqual(["organisation:Tallow Hospital"]);
    expect(sourceLabels(readPlain(`A spokeswoman for the Tallow Hospital said the patient had died.`, "en"))).toEqual(["organisation:Tallow Hospital"]);
  });

  it("never makes the place a role holder works in the one who speaks", () => {
    expect(sourceLabels(readPlain(`The mayor of Lyon said the bridge would reopen.`, "en"))).toEqual(["anonymous:The mayor of Lyon"]);
  });

  it("still names nobody where no role or source noun holds the name", () => {
    expect(sourceLabels(readPlain(`Tourism operators on Pell Lake say the water is clean.`, "en"))).toEqual([]);
  });
});

describe("a name English's lexicon knows as a company's", () => {
  it("is the company speaking, never a person called so", () => {
    expect(sourceLabels(readPlain(`Microsoft told reporters that the update had been withdrawn.`, "en"))).toEqual(["organisation:Microsoft"]);
  });

  it("stays the person the article named so", () => {
    expect(sourceLabels(readPlain(`Dana Ford runs the depot. Ford said the update had been withdrawn.`, "en"))).toEqual(["named:Dana Ford"]);
  });
});

describe("an unnamed source after a passive's agent and before its relative pronoun", () => {
  it.each([
    ["es", `La policía fue engañada por testigos que aseguraron haber visto al hombre.`, ["anonymous:testigos"]],
    ["pt", `A polícia foi alertada por testemunhas que disseram ter visto o homem.`, ["anonymous:testemunhas"]],
    ["fr", `La police a été alertée par des témoins qui affirmaient avoir vu l'homme.`, ["anonymous:des témoins"]],
  ])("%s: %s", (language, text, labels) => {
    expect(sourceLabels(readPlain(text, language))).toEqual(labels);
  });
});

describe("a plural noun opening a sentence, then \"of\" and a name", () => {
  it.each([
    [`Supporters of Tom Vale said the vote had been rigged.`, ["anonymous:Supporters of Tom Vale"]],
    [`Relatives of Tom Vale said he had been at home.`, ["anonymous:Relatives of Tom Vale"]],
  ])("is an unnamed group, never a person: %s", (text, labels) => {
    expect(sourceLabels(readPlain(text, "en"))).toEqual(labels);
  });

  it("leaves a body's name with \"of\" whole", () => {
    expect(sourceLabels(readPlain(`Bank of England said rates would rise.`, "en"))).toEqual(["organisation:Bank of England"]);
  });
});

describe("a role or source noun holding a name after a preposition and an article", () => {
  it("is still the unnamed holder", () => {
    expect(sourceLabels(readPlain(`A spokesperson for the Quillon Ledger told reporters, "We stand by the story."`, "en"))).toEqual(["anonymous:A spokesperson for the Quillon Ledger"]);
  });
});
