// Italian frames on sentences of our own (invented outlets and people): each construction yields the cited name, plain sentences none.
import { describe, expect, it } from "vitest";
import { it as italian } from "../../../src/extract/frames/it.ts";
import { frameHits, names } from "./helpers.ts";

describe("Italian frames", () => {
  it.each([
    ["Il porto resterà chiuso, secondo il Corriere del Lago.", "Corriere del Lago"],
    ["Secondo la Voce di Riva il sindaco si è dimesso.", "Voce di Riva"],
    ["Secondo quanto riportato dalla Stampa Nuova, il porto è chiuso.", "Stampa Nuova"],
    ["Secondo un articolo del Giornale di Riva pubblicato ieri, tutto è falso.", "Giornale di Riva"],
    ["Le indagini sono chiuse, riporta la Gazzetta di Borgo.", "Gazzetta di Borgo"],
    ["Come scrive il Piccolo Adriatico, la nave è affondata.", "Piccolo Adriatico"],
    ["«Non ci arrenderemo», ha detto al Messaggero Alpino un funzionario.", "Messaggero Alpino"],
    ["Lo studio è stato pubblicato sulla rivista Annals of Coastal Research.", "Annals of Coastal Research"],
    ["Il ricercatore, sul sito notizieverdi.it, ha commentato i dati.", "notizieverdi.it"],
    ["La notizia, riportata per prima dalla Voce di Lecco, è falsa.", "Voce di Lecco"],
    ["Il ministero ha smentito, citando l'Ansa.", "Ansa"],
    ["Il Foglio Verde ha rivelato che il sindaco era assente.", "Il Foglio Verde"],
    ["Questo articolo è stato pubblicato originariamente su The Harbour Review.", "The Harbour Review"],
    ["«Non ci arrenderemo», ha detto la capitana del porto Ilse Brandt all'agenzia Corriere Alpino.", "Corriere Alpino"],
    ["Lo ha riferito il quotidiano tedesco Elbkurier, citando un funzionario.", "Elbkurier"],
    ["Il porto chiuderà, si legge sul Corriere del Lago.", "Corriere del Lago"],
    ["La notizia, confermata dal Corriere Alpino, ha scatenato proteste.", "Corriere Alpino"],
    ["Contattato dal Messaggero Alpino, il ministero non ha commentato.", "Messaggero Alpino"],
    ["«Non c'è nessuno studio», hanno spiegato all'agenzia Nuova Alpina due portuali.", "Nuova Alpina"],
  ])("%s → %s", (text, name) => expect(names(italian, text)).toContain(name));

  it("keeps the outlet noun before a name as the cue, out of the name", () => {
    const hit = frameHits(italian, "Secondo il quotidiano Voce del Porto, la nave è affondata.").find((h) => h.name === "Voce del Porto");
    expect(hit?.cue).toBe("quotidiano");
    expect(frameHits(italian, "Lo ha scritto la testata Eco di Valle.")[0]).toMatchObject({ name: "Eco di Valle", cue: "testata" });
    expect(frameHits(italian, "Lo studio, pubblicato sulla rivista Acta Marina, è falso.")[0]).toMatchObject({ name: "Acta Marina", cue: "rivista" });
  });

  it("reads a bare outlet noun as a descriptor, not a name", () => {
    expect(names(italian, "Secondo il quotidiano romano, la nave è affondata.")).toEqual(["il quotidiano romano"]);
  });

  it.each([
    "Il porto è chiuso da lunedì e le navi aspettano al largo.",
    "Il secondo gruppo La mangiava ogni giorno.",
    "Secondo uno studio tedesco, la tisana fa dormire.",
    "Il sindaco Marco Bellini ha detto che il porto riaprirà.",
  ])("a sentence without attribution yields no frame: %s", (text) => expect(frameHits(italian, text)).toEqual([]));
});
