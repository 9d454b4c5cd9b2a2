// What a speaker said on a broadcaster's air, and to a broadcaster named after the speaker, was read in no language but
// where a publication noun stood before the name: "afirmó el militar a Sierra TV" and "En la cadena X el oficial dijo" in
// a real Spanish story; "Speaking on X", "told reporters from X", "told X's morning show", "Invité de X", "Ospite di X"
// elsewhere. A name that opens on its kind ("Radio Littoral", "Courrier du Lac") was also taken for a person the sentence
// names, so even "Interrogé par Radio Littoral" cited nothing. Each frame takes only a name with evidence of an outlet; a
// day, a place or a person stays uncited. Own invented sentences and outlets.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const LEAD: Record<string, string> = {
  en: "The council met on Tuesday to vote on the budget.",
  es: "El consejo se reunió el martes para votar el presupuesto.",
  fr: "Le conseil s'est réuni mardi pour voter le budget.",
  it: "Il consiglio si è riunito martedì per votare il bilancio.",
  de: "Der Rat kam am Dienstag zusammen, um über den Haushalt abzustimmen.",
};

function cited(language: string, sentence: string): string[] {
  return readPlain(`${LEAD[language]} ${sentence}`, language).attributions.flatMap((a) => (a.outletName ? [a.outletName] : []));
}

describe("a speaker on a broadcaster's air, or telling a broadcaster after the speaker's name", () => {
  it.each([
    ["en", "Speaking on Harbour Television on Sunday, the minister said the claim was false.", "Harbour Television"],
    ["en", "In an interview on Kestrel Radio, the minister denied the claim.", "Kestrel Radio"],
    ["en", "On the network Kestrel TV, the officer went further.", "Kestrel TV"],
    ["en", "“We will find her,” the officer told reporters from Harbour Television.", "Harbour Television"],
    ["en", "The minister told Kestrel Radio's morning show that the claim was false.", "Kestrel Radio"],
    ["es", "«Esperemos rescatarla», afirmó el militar a Radio Sierra.", "Radio Sierra"],
    ["es", "En la cadena Canal Norte el oficial dijo que habían hablado con la niña.", "Canal Norte"],
    ["es", "Invitado a Canal Norte, el ministro afirmó que la noticia era falsa.", "Canal Norte"],
    ["fr", "Interrogé par Radio Littoral, le maire nie tout.", "Radio Littoral"],
    ["fr", "Dans un entretien accordé au Courrier du Lac, le maire nie tout.", "Courrier du Lac"],
    ["fr", "Sur la chaîne Canal Nord, l'officier a affirmé qu'ils avaient parlé à la fillette.", "Canal Nord"],
    ["fr", "« Nous la retrouverons », a affirmé le militaire à Télé Sierra.", "Télé Sierra"],
    // A reaction is quoted as a statement is; "&" joins the words of one title.
    ["fr", "La ministre avait déjà réagi en janvier sur Radio Sud : « Je ne suis pas mon frère. »", "Radio Sud"],
    ["fr", "Elle reprend des éléments parus dans Faits & Rumeurs, publication connue pour ses fausses nouvelles.", "Faits & Rumeurs"],
    ["it", "Ospite di Canale Nord, il ministro ha detto che la notizia è falsa.", "Canale Nord"],
    ["it", "«La troveremo», ha detto il militare a Tele Sierra.", "Tele Sierra"],
    ["de", "„Wir finden sie“, sagte der Offizier im Radiosender Welle Nord.", "Welle Nord"],
  ])("%s: %j cites %s", (language, sentence, outlet) => {
    expect(cited(language, sentence)).toEqual([outlet]);
  });

  it.each([
    ["en", "Speaking on Monday, the minister said the claim was false."],
    ["en", "The minister said on Capitol Hill that the claim was false."],
    ["en", "On Harbour Street, the officer went further."],
    ["en", "Speaking on Twitter, the minister said the claim was false."],
    ["en", "The minister told reporters from the town of Kestrel that the claim was false."],
    ["en", "The minister told reporters from Kestrel that the claim was false."],
    ["es", "«Esperemos rescatarla», afirmó el militar a Pedro Salinas."],
    ["es", "«Esperemos rescatarla», dijo el ministro a Madrid."],
    ["fr", "Sur Facebook, le maire a tout nié."],
    ["fr", "« Nous la retrouverons », a affirmé le militaire à Jean Dupont."],
    ["it", "Ospite di Mario Rossi, il ministro ha detto che la notizia è falsa."],
  ])("%s: %j cites no outlet", (language, sentence) => {
    expect(cited(language, sentence)).toEqual([]);
  });
});

describe("where a text was published stays a publication, not words said on air", () => {
  // A first version read "sulla"/"sul" and a "Sur" inside a sentence as on-air frames: "pubblicato sulla rivista X" became
  // words told to X, and the order of a real case's copies changed with it.
  it.each([
    ["it", "Lo studio, pubblicato sulla rivista Annali del Lago, è stato smentito.", "Annali del Lago", "reported_by"],
    ["fr", "Dans un article publié sur le site lacnouvelles.fr, l’auteur se rétracte.", "lacnouvelles.fr", "reported_by"],
  ])("%s: %j credits %s as %s", (language, sentence, outlet, frame) => {
    const found = readPlain(`${LEAD[language]} ${sentence}`, language).attributions.filter((a) => a.outletName === outlet);
    expect(found.map((a) => a.frame)).toEqual([frame]);
  });
});
