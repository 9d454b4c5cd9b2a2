// Capitalised common nouns are nobody's name: German nouns after an article, a possessive or an attributive adjective,
// or with an ending only nouns take; a French title written with a capital before its role noun ("la Première
// ministre"); and a name right after an outlet noun, which is the outlet, never a person. Invented texts throughout.
import { describe, expect, it } from "vitest";
import type { ArticleReading } from "../../src/extract/types.ts";
import { readPlain, sourceLabels } from "./helpers.ts";

const named = (r: ArticleReading): string[] => r.sources.filter((s) => s.type === "named").map((s) => s.name);
const outlets = (r: ArticleReading): string[] => r.attributions.map((a) => a.outlet);

describe("German capitalised nouns are no person", () => {
  it.each([
    // A possessive and a noun before a colon and a quotation: a reaction only a named person gives.
    "Der Stadtrat von Kellbach hat den Bau gestoppt. Ihre Begründung lautete: „Die Kosten sind zu hoch.“",
    "Seine Antwort kam prompt: „Wir warten ab.“",
    // One noun after an article in small letters, and one after an attributive adjective.
    "Die Mehrheit der Bürger sagte, sie sei zufrieden.",
    "Das Kind hatte danach von einem Überfall durch fremd aussehender Männer erzählt.",
    // An adjective and a noun with an ending no name has.
    "Große Zustimmung kam prompt: „Endlich!“",
  ])("%j names no person", (body) => {
    expect(named(readPlain(body, "de"))).toEqual([]);
  });

  it.each([
    // A plural noun opening the sentence, written again after a possessive or a determiner: German capitalises the noun
    // there too, so that capital is no evidence of a name.
    "Mitglieder kommentierten das Konzert mit „großartig“. Der Chor ist alt, seine Mitglieder hätten dort geprobt.",
    "Nutzer schrieben: „Das ist unerhört.“ Später meldeten viele Nutzer den Beitrag.",
  ])("%j: a noun opening the sentence names no person where it stands inside only after a determiner", (body) => {
    expect(named(readPlain(body, "de"))).toEqual([]);
  });

  it("still reads one surname opening a sentence that stands capitalised inside another with no determiner before it", () => {
    expect(named(readPlain("Kolbe sagte, das sei falsch. Man fragte Kolbe dazu.", "de"))).toEqual(["Kolbe"]);
  });

  it("still reads a full name after a speech verb, a surname with a noun's ending after a given name, and an article and noun before a full name as a description", () => {
    expect(named(readPlain("„Die Entscheidung ist endgültig“, sagte Anna Berger am Montag.", "de"))).toEqual(["Anna Berger"]);
    expect(named(readPlain("„Wir warten“, sagte Peter Hartung. Hartung sagte später, er bleibe.", "de"))).toEqual(["Peter Hartung"]);
    expect(named(readPlain("Die Stadtrats-Vorsitzende Anna Berger sagte, sie sei zufrieden.", "de"))).toEqual(["Anna Berger"]);
  });
});

describe("a name after an outlet noun is the outlet", () => {
  it.each([
    ["Die Zeitung Rheinwacht berichtete, der Hafen sei geschlossen.", "outlet:rheinwacht"],
    ["Die Nachrichtenagentur Elbfunk meldete einen Unfall.", "outlet:elbfunk"],
    ["Die Wochenzeitung Kellbacher Echo zitierte einen Sprecher mit den Worten, alles sei gut.", "outlet:kellbacher-echo"],
  ])("%j cites %s and names no person", (body, outlet) => {
    const r = readPlain(body, "de");
    expect(named(r)).toEqual([]);
    expect(outlets(r)).toContain(outlet);
  });

  it("reads no person in a French name after an outlet noun and a contracted preposition", () => {
    expect(named(readPlain("« Non », a déclaré le ministre au journal Veilleur du Soir.", "fr"))).toEqual([]);
  });
});

describe("French titles written with a capital are roles", () => {
  it.each([
    "« Nous ne céderons pas », a déclaré la Première ministre.",
    "Le Président a affirmé : « C'est fini ».",
    "« C'est fini », a dit le Président de la République.",
  ])("%j names no person", (body) => {
    expect(sourceLabels(readPlain(body, "fr")).filter((l) => l.startsWith("named:"))).toEqual([]);
  });

  it("reads the person named after the role", () => {
    expect(named(readPlain("« Le dossier est clos », a déclaré la Première ministre Claire Vautrin.", "fr"))).toEqual(["Claire Vautrin"]);
  });
});
