// French frames on sentences of our own (invented outlets and people): each construction yields the cited name, a publication
// noun before it is kept as the cue, plain sentences yield none.
import { describe, expect, it } from "vitest";
import { fr } from "../../../src/extract/frames/fr.ts";
import { frameHits, names } from "./helpers.ts";

describe("French frames", () => {
  it.each([
    ["Le port est fermé, selon Le Courrier du Lac.", "Le Courrier du Lac"],
    ["Selon le quotidien Le Courrier du Lac, le port est fermé.", "Le Courrier du Lac"],
    ["« Le port ferme ! » titrait la Gazette du Lac, en citant un élu.", "la Gazette du Lac"],
    ["« Le port ferme ! » titrait le quotidien, en citant un élu.", "le quotidien"],
    ["Un article repéré par Le Courrier du Lac a relancé l’affaire.", "Le Courrier du Lac"],
    ["« Le feu est éteint », aurait déclaré le colonel, cité par le journal Courrier du Lac.", "Courrier du Lac"],
    ["Dans un article publié sur le site lacnouvelles.fr, l’auteur se rétracte.", "lacnouvelles.fr"],
    ["Mediapart affirme même que le ministre savait.", "Mediapart"],
    ["Dans un entretien accordé au Courrier du Lac, le maire nie tout.", "Courrier du Lac"],
    ["« Il est vivant », a déclaré à l’AFP un responsable.", "l’AFP"],
    ["Cet article a été initialement publié dans The Harbour Review.", "The Harbour Review"],
    ["« Il est vivant », a déclaré la capitaine du port Ilse Brandt à l'agence Presse du Lac.", "Presse du Lac"],
    ["D'après des informations du Courrier du Lac, un compromis serait probable.", "Courrier du Lac"],
    ["Selon « Le Courrier du Lac », le port est fermé.", "Le Courrier du Lac"],
    ["Le port fermera, rapporte Le Courrier du Lac.", "Le Courrier du Lac"],
    ["Comme l'indique Le Courrier du Lac, le port fermera.", "Le Courrier du Lac"],
    ["Le port fermera, écrit le quotidien Courrier du Lac.", "Courrier du Lac"],
    // An adverb between the inverted verb and the outlet qualifies the credit and names no one.
    ["Le port fermera, écrit ainsi Le Courrier du Lac.", "Le Courrier du Lac"],
    ["« Les quais sont vides », écrit par exemple « Le Courrier du Lac ».", "Le Courrier du Lac"],
    ["Le port fermera, rapporte notamment le quotidien Courrier du Lac.", "Courrier du Lac"],
    // Any form of a speech verb before its addressee ({SAY}), not only the few a frame once listed.
    ["Une source proche du dossier a indiqué à Presse du Lac que la vente était actée.", "Presse du Lac"],
    ["« C'est fini », ont confié aux Nouvelles du Lac des dockers.", "Nouvelles du Lac"],
    ["Selon nos confrères de Courrier du Lac, les dockers préparent une grève.", "Courrier du Lac"],
    ["Contacté par Le Courrier du Lac, le ministère n'a pas souhaité commenter.", "Le Courrier du Lac"],
    ["Le quotidien régional Courrier du Lac affirme que les tarifs tripleront.", "Courrier du Lac"],
  ])("%s → %s", (text, name) => expect(names(fr, text)).toContain(name));

  it("keeps the publication noun before a name as the cue", () => {
    expect(frameHits(fr, "Selon le quotidien Le Courrier du Lac, le port est fermé.")[0]).toMatchObject({ name: "Le Courrier du Lac", cue: "quotidien" });
  });

  it.each([
    "Le port est fermé depuis lundi et les navires attendent.",
    "Selon des sources policières, le port est fermé.",
    "Le maire Jean Moreau a dit que le port rouvrirait.",
    "Le maire a déclaré son soutien à Paris lundi.",
  ])("a sentence without a named source yields no name: %s", (text) => expect(frameHits(fr, text)).toEqual([]));
});
