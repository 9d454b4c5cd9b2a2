/**
 * How a source's words were given ("in a statement", "dans un communiqué", "auf Anfrage") is no part of who gave them:
 * an unnamed speaker after its verb ends before such a phrase, while the words that say where the speaker works stay.
 * Invented texts.
 */
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a channel phrase ends an unnamed speaker's description", () => {
  it.each([
    ["en", `"A man was held at Northville station," said a police spokeswoman in a statement.`, "anonymous:a police spokeswoman"],
    ["en", `"The line is closed," said an official of the rail operator at a press conference.`, "anonymous:an official of the rail operator"],
    ["fr", `« Un homme a été arrêté à la gare de Nordville », a indiqué une porte-parole de la police dans un communiqué transmis à la presse.`, "anonymous:une porte-parole de la police"],
    ["fr", `« Un homme a été arrêté », a déclaré un porte-parole du ministère lors d'une conférence de presse.`, "anonymous:un porte-parole du ministère"],
    ["es", `"Un hombre fue detenido en la estación", afirmó una portavoz de la policía en un comunicado enviado a la prensa.`, "anonymous:una portavoz de la policía"],
    ["es", `"No hubo heridos", dijo un portavoz de los bomberos en declaraciones a la radio local.`, "anonymous:un portavoz de los bomberos"],
    ["de", `„Ein Mann wurde festgenommen", sagte eine Sprecherin der Polizei auf Anfrage.`, "anonymous:eine Sprecherin der Polizei"],
    ["it", `"Un uomo è stato arrestato", ha detto una portavoce della polizia in un comunicato.`, "anonymous:una portavoce della polizia"],
  ])("%s: %s", (language, text, label) => {
    expect(sourceLabels(readPlain(text, language))).toEqual([label]);
  });

  it.each([
    ["en", `"The line is closed," said a source in the ministry of transport.`, "anonymous:a source in the ministry of transport"],
    ["fr", `« La ligne est fermée », a déclaré un responsable au sein du ministère.`, "anonymous:un responsable au sein du ministère"],
    ["es", `"La línea está cerrada", dijo una fuente en el ministerio de Transportes.`, "anonymous:una fuente en el ministerio de Transportes"],
  ])("keeps where the speaker works (%s): %s", (language, text, label) => {
    expect(sourceLabels(readPlain(text, language))).toEqual([label]);
  });
});

describe("a channel phrase around an inverted speaker", () => {
  it.each([
    // A compound channel noun is no name ("a Twitter message").
    ["no", `– Min uttalelse gjaldt et program om byen, skrev presidenten i en Twitter-melding.`, []],
    ["no", `– Min uttalelse gjaldt et program om byen, skrev Ola Strand i en Facebook-melding.`, ["named:Ola Strand"]],
    ["sv", `– Vi vet inget om det, säger Anna Berg i ett pressmeddelande.`, ["named:Anna Berg"]],
    // Between the verb and the speaker it is stepped over.
    ["fr", `« Un homme a été arrêté », a indiqué dans un communiqué un porte-parole de la police.`, ["anonymous:un porte-parole de la police"]],
  ])("%s: %s", (language, text, labels) => {
    expect(sourceLabels(readPlain(text, language))).toEqual(labels);
  });
});

describe("a relative pronoun before the verb is no part of the unnamed speaker", () => {
  it.each([
    ["fr", `Les enquêteurs ont été menés sur de fausses pistes par des témoins qui affirmaient l'avoir aperçu à Nordville.`, "anonymous:des témoins"],
    ["en", `The police were misled by witnesses who said they had seen him in Northville.`, "anonymous:witnesses"],
  ])("%s: %s", (language, text, label) => {
    expect(sourceLabels(readPlain(text, language))).toEqual([label]);
  });
});
