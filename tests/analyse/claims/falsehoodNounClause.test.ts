/**
 * A debunk names the story with a noun that already calls it false and gives its content as the noun's clause: "the hoax
 * that P", "l'intox selon laquelle P", "die Falschmeldung, dass P", "el bulo de que P", "la bufala che P", "a mentira de
 * que P", "het nepnieuws dat P". Only neutral report nouns ("the rumour that", "la notizia che") opened such a clause, so
 * these sentences had no story clause and became claims of their own, presented as true by each debunk. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { readPropositions } from "../../../src/analyse/claims/propositions.ts";

describe("a falsehood noun opens the story's clause", () => {
  it.each([
    ["en", "Posts repeated the hoax that the Orrin bridge had collapsed.", "the Orrin bridge had collapsed"],
    ["en", "He spread the lie that the Orrin mayor had fled abroad.", "the Orrin mayor had fled abroad"],
    ["fr", "Des comptes ont relayé l'intox selon laquelle le pont d'Orrin s'était effondré.", "le pont d'Orrin s'était effondré"],
    ["fr", "Des comptes ont relayé le canular selon lequel le maire d'Orrin avait fui.", "le maire d'Orrin avait fui"],
    ["de", "Er verbreitete die Falschmeldung, dass die Brücke von Orrin eingestürzt sei.", "die Brücke von Orrin eingestürzt sei"],
    ["es", "Varias cuentas difundieron el bulo de que el puente de Orrin se había derrumbado.", "el puente de Orrin se había derrumbado"],
    ["it", "Molti hanno condiviso la bufala che il ponte di Orrin era crollato.", "il ponte di Orrin era crollato"],
    ["pt", "Várias contas espalharam a mentira de que a ponte de Orrin tinha desabado.", "a ponte de Orrin tinha desabado"],
    ["nl", "Accounts deelden het nepnieuws dat de brug van Orrin was ingestort.", "de brug van Orrin was ingestort"],
  ])("%s: %s", (language, sentence, clause) => {
    expect(readPropositions(sentence, language).map((p) => [p.frame, p.span.text])).toEqual([["claim", clause]]);
  });

  it("does not read a relative clause after the noun as its content", () => {
    expect(readPropositions("The hoax that spread on Sunday fooled two papers in Orrin.", "en")).toEqual([]);
  });
});
