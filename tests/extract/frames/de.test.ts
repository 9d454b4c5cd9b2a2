// German frames on sentences of our own (invented outlets and people): each construction yields the cited name, plain sentences
// none, and the nouns German capitalises ("Angaben", "Experten", "Sprecher") never become names.
import { describe, expect, it } from "vitest";
import { de } from "../../../src/extract/frames/de.ts";
import { frameHits, names } from "./helpers.ts";

describe("German frames", () => {
  it.each([
    ["Der Hafen bleibt geschlossen, laut Nordkurier Abend.", "Nordkurier Abend"],
    ["Laut dem Talblatt ist der Pass gesperrt.", "Talblatt"],
    ["Laut einem Bericht der Süddeutschen Rundschau ist der Hafen zu.", "Süddeutschen Rundschau"],
    ["Laut der britischen Zeitung Evening Lark ist der Hafen gesperrt.", "Evening Lark"],
    ["Wie die Neue Rheinpost berichtet, ist der Hafen geschlossen.", "Neue Rheinpost"],
    ["Wie der Elbspiegel unter Berufung auf Regierungskreise berichtet, ist alles gut.", "Elbspiegel"],
    ["Am Montag berichtete die Elbpost, der Bürgermeister sei zurückgetreten.", "Elbpost"],
    ["Zwei Wochen später titelte die Morgenglocke: „Der Hafen bleibt zu“.", "Morgenglocke"],
    ["Das meldete die Nachrichtenagentur xpa am Montag.", "xpa"],
    ["Der Ostkurier berichtete über den Unfall.", "Der Ostkurier"],
    ["Dem Bergkurier zufolge ist der Pass gesperrt.", "Bergkurier"],
    ["„Nein“, sagte Müller dem Talblatt.", "Talblatt"],
    ["Im Interview mit dem Talblatt sagte der Minister, alles sei gut.", "Talblatt"],
    ["Die Hafenpost zitierte einen Sprecher mit den Worten, alles sei ruhig.", "Die Hafenpost"],
    ["Der Satz wurde von der Elbpost zitiert.", "Elbpost"],
    ["Die Studie, veröffentlicht in der Fachzeitschrift Annals of Coastal Research, war falsch.", "Annals of Coastal Research"],
    ["Die Agentur meldete unter Berufung auf die Elbpost einen Unfall.", "Elbpost"],
    // German writes a title in quotation marks; a long "unter Berufung auf …" may stand between name and verb.
    ["Wie der „Elbspiegel“ berichtet, ist der Hafen geschlossen.", "Elbspiegel"],
    ["Wie die \"Morgenglocke\" unter Berufung auf zwei mit den Gesprächen vertraute Personen berichtete, ist der Plan weit.", "Morgenglocke"],
    ["„Das ist unvermeidlich“, sagte Hafenmeisterin Ilse Brandt der Nachrichtenagentur Elbdienst.", "Elbdienst"],
    ["Dem „Elbspiegel“ sagte der Bürgermeister, der Plan sei gut.", "Elbspiegel"],
    ["Laut einem Bericht der Morgenglocke hält ein Beamter die Zahl für vorläufig.", "Morgenglocke"],
    ["Zuerst hatte der Ostkurier darüber berichtet.", "Ostkurier"],
    ["Die Hafenpost zitiert aus einem vertraulichen Papier.", "Die Hafenpost"],
  ])("%s → %s", (text, name) => expect(names(de, text)).toContain(name));

  it("keeps the outlet noun before a name as the cue, out of the name", () => {
    expect(frameHits(de, "Laut der britischen Zeitung Evening Lark ist der Hafen gesperrt.")[0]).toMatchObject({ name: "Evening Lark", cue: "britischen Zeitung" });
  });

  it("reads 'Bild:' as a photo credit on its own line, never after 'titelte die'", () => {
    const credit = (text: string) => de.photoCredits.some((p) => new RegExp(p, "u").test(text));
    expect(credit("Bild: Elbpost/Archiv")).toBe(true);
    expect(credit("Zwei Wochen später titelte die Bild: „Der Hafen bleibt zu“.")).toBe(false);
  });

  it("marks the dative after a speech verb as a candidate needing evidence", () => {
    expect(frameHits(de, "„Nein“, sagte Müller dem Talblatt.")[0]?.rule.needsEvidence).toBe(true);
  });

  it.each([
    "Der Hafen ist seit Montag geschlossen und die Schiffe warten.",
    "Laut Medienberichten ist der Hafen zu.",
    "Den Wissenschaftlern zufolge wirkt Kräutertee wie ein Schlafmittel.",
    "Experten zufolge ist der Hafen sicher.",
    "Die Teilnehmer schnitten gegenüber den Teilnehmern einer Diät besser ab.",
    "„Nein“, sagte der Sprecher.",
    "Der Bürgermeister sagte der Zeitung, alles sei gut.",
    "Zwei mit den Gesprächen vertraute Personen berichteten von einem Durchbruch.",
  ])("a sentence without a named source yields no name: %s", (text) => expect(frameHits(de, text)).toEqual([]));
});
