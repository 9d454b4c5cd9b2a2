// Citation and source forms unseen stories wrote that the reading missed (session 28, second round), pinned with texts of
// our own: English "Label: According to X" (a capital after a colon), "From X:", "Via X,", "according to the [Place] X";
// a role before a name without the sentence's opening words ("Este jueves el portavoz …"); French outlet-as-subject
// verbs of announcing and confirming ("X annonçait", "l'agence X déclare"), the cleft "c'est le quotidien X qui a lancé
// l'information"; a broadcaster named by its medium and a number ("en declaraciones a TV9"); a deputy's role written
// with a prefix ("el subsecretario de Marina, Ana Gil,"); Korean "X가 3일 Y를 인용해 보도했다". Each form has controls
// where a person, a place or a platform stands in the outlet's place.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, type OutletEntry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const outlet = (name: string, aliases: string[], kind: OutletEntry["kind"]): OutletEntry => ({ name, aliases, descriptors: [], domains: [], kind });
const REGISTRY = createOutletRegistry([outlet("Agence Lumière", ["AGL"], "agency"), outlet("Le Veilleur", [], "newspaper")]);

const reading = (body: string, language: string) => readText(body, REGISTRY, { outlet: "Test Daily", language });
/** The outlets an article of one body cites, by name as decided. */
const cited = (body: string, language: string) => reading(body, language).attributions.map((a) => a.outletName);
/** The people and bodies an article of one body names as sources. */
const sources = (body: string, language: string) => reading(body, language).sources.map((s) => s.name);

describe("English: a frame after a label and a colon", () => {
  it("reads 'According to X' after 'From Y:'", () => {
    expect(cited("From the wire desk: According to Quillon News, which cited a report in a Dutch newspaper, the mayor resigned.", "en")).toEqual(["Quillon News"]);
  });

  it("reads 'According to X' after a one-word label", () => {
    expect(cited("Update: According to the Harbour Herald, the ferry sank.", "en")).toEqual(["Harbour Herald"]);
  });

  it.each([
    ["a person", "From the wire desk: According to Jane Morrow, the mayor resigned."],
    ["a place", "From the wire desk: According to Lindenport, the mayor resigned."],
    ["a platform", "From the wire desk: According to Facebook, the mayor resigned."],
  ])("cites no outlet where %s stands after the colon", (_what, body) => {
    expect(cited(body, "en")).toEqual([]);
  });
});

describe("English: a blog's line opening a passage taken from an outlet, and a bracketed insertion", () => {
  it.each([
    ["'From X:'", "From Quillon News: The port closed on Monday.", ["Quillon News"]],
    ["'Via X,'", "Via the Harbour Herald, the closure bodes ill for trade:", ["Harbour Herald"]],
    ["'according to the [Place] X'", "The mayor fled, according to the [Lindenport] Harbour Herald.", ["Harbour Herald"]],
  ])("cites the outlet after %s", (_what, body, expected) => {
    expect(cited(body, "en")).toEqual(expected);
  });

  it.each([
    ["a place", "From Lindenport: the mayor fled."],
    ["a person", "From Jane Morrow: the mayor fled."],
    ["a day", "From Monday: the mayor fled."],
    ["a platform", "Via Facebook, the closure bodes ill for trade:"],
    ["a bracketed place before a person", "According to the [Lindenport] Jane Morrow, the port shut."],
  ])("cites no outlet where %s stands there", (_what, body) => {
    expect(cited(body, "en")).toEqual([]);
  });
});

describe("A role written before a name starts at its article", () => {
  it("leaves the words opening the sentence out of the role", () => {
    expect(reading("Este jueves el portavoz de Sanidad, Juan Pérez, afirmó que el barco se hundió.", "es").sources.map((s) => [s.name, s.role])).toEqual([["Juan Pérez", "portavoz de Sanidad"]]);
  });
});

describe("French: an outlet as the subject of announcing or confirming", () => {
  it.each([
    ["the imperfect", "Le Veilleur annonçait l'arrestation du fugitif à l'aéroport de Val-Clair.", ["Le Veilleur"]],
    ["the present, after an elided article", "Ce samedi, l'AGL déclare que l'homme arrêté n'est pas le fugitif.", ["Agence Lumière"]],
    ["the pluperfect", "De son côté, l'AGL avait confirmé l'information en se basant sur quatre sources.", ["Agence Lumière"]],
    ["an unknown name after a publication noun", "Le quotidien régional Courrier du Lac annonçait l'arrestation du fugitif.", ["Courrier du Lac"]],
  ])("cites a registered outlet through %s", (_what, body, expected) => {
    expect(cited(body, "fr")).toEqual(expected);
  });

  it.each([
    ["a person", "Jean Morel annonçait l'arrestation du fugitif."],
    ["a body", "La préfecture déclare que le port est fermé."],
    ["an unknown name without a publication noun or an outlet word", "Lumen Vert annonçait l'arrestation du fugitif."],
  ])("cites no outlet where %s announces", (_what, body) => {
    expect(cited(body, "fr")).toEqual([]);
  });
});

describe("French: the outlet first with the news, in a cleft", () => {
  it("cites the outlet after its publication noun", () => {
    expect(cited("C'est le quotidien français Courrier du Lac qui a lancé l'information vendredi soir.", "fr")).toEqual(["Courrier du Lac"]);
  });

  it("cites a registered outlet without a noun", () => {
    expect(cited("C'est Le Veilleur qui avait révélé l'affaire.", "fr")).toEqual(["Le Veilleur"]);
  });

  it.each([
    ["a person", "C'est Jean Morel qui a révélé l'affaire."],
    ["a place", "C'est Val-Clair qui a annoncé la fermeture du port."],
  ])("cites no outlet where %s is the cleft's subject", (_what, body) => {
    expect(cited(body, "fr")).toEqual([]);
  });
});

describe("A broadcaster named by its medium and a number", () => {
  it.each([
    ["es", "Marta Ruiz ha admitido en declaraciones a TV9 que exageró.", ["TV9"]],
    ["es", "Marta Ruiz dijo a Kanal 5 que exageró.", ["Kanal 5"]],
  ])("cites the station (%s)", (language, body, expected) => {
    expect(cited(body, language)).toEqual(expected);
  });

  it.each([
    ["a person", "Marta Ruiz ha admitido en declaraciones a Juan Pérez que exageró."],
    ["a place", "Marta Ruiz ha admitido en declaraciones a Valdeluna que exageró."],
    ["a platform", "Marta Ruiz ha admitido en declaraciones a Facebook que exageró."],
  ])("cites nothing where %s was told", (_what, body) => {
    expect(cited(body, "es")).toEqual([]);
  });
});

describe("A deputy's role written with a prefix, before the named person", () => {
  it.each([
    ["es", "El subsecretario de Marina, Juan Pérez, afirmó que el barco se hundió."],
    ["es", "La vicepresidenta de Sanidad, Ana Gil, ha afirmado que el barco se hundió."],
  ])("names the person as the source (%s)", (language, body) => {
    expect(sources(body, language)).toEqual([body.includes("Ana Gil") ? "Ana Gil" : "Juan Pérez"]);
  });
});

describe("Korean: the reporting outlet, whom it cited between it and its verb", () => {
  it("cites the outlet before '… 매체를 인용해 보도했다'", () => {
    expect(cited("시장이 사퇴한 것으로 보인다고 영국 일간지 하버타임스가 3일(현지시간) 홍콩 매체를 인용해 보도했다.", "ko")).toEqual(["하버타임스"]);
  });

  it("cites both where the one cited is itself an outlet", () => {
    expect(cited("시장이 사퇴한 것으로 보인다고 영국 일간지 하버타임스가 3일 푸른신문을 인용해 보도했다.", "ko").sort()).toEqual(["푸른신문", "하버타임스"]);
  });

  it("cites nobody where a person reported", () => {
    expect(cited("시장이 사퇴한 것으로 보인다고 김철수가 3일 홍콩 매체를 인용해 보도했다.", "ko")).toEqual([]);
  });
});
