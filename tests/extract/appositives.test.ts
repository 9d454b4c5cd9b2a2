// What stands between a speaker's name and the speech verb is no part of the speaker (session 33): an age set off by
// commas ("Karl Osei, 54, said"), alone or before a description, is stepped over as a description is; and after a role
// set off before a name ("the chairman of X, Karl Osei, …") the name's closing comma ends that appositive, so the clause
// after it is the sentence's, never a second role of the name. Invented names and sentences.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

describe("an age between a speaker's name and the verb", () => {
  it.each([
    ["en", "Tomas Renner, 61, said: \"The ferry has not missed a single crossing since the bridge closed in May.\"", "Tomas Renner"],
    ["en", "Tomas Renner, 61, a retired ferry pilot, told the council: \"The ferry has not missed a single crossing since May.\"", "Tomas Renner"],
    ["de", "Tomas Renner, 61, sagte: „Die Fähre hat seit der Sperrung der Brücke im Mai keine Fahrt ausgelassen.“", "Tomas Renner"],
    ["fr", "Tomas Renner, 61 ans, a déclaré : « Le bac n’a pas manqué une seule traversée depuis la fermeture du pont. »", "Tomas Renner"],
    ["it", "Tomas Renner, 61 anni, ha detto: «Il traghetto non ha saltato una sola corsa da quando il ponte è chiuso».", "Tomas Renner"],
    ["fr", "Tomas Renner, 61 ans, pilote de bac à la retraite, a déclaré : « Le bac n’a pas manqué une seule traversée depuis mai. »", "Tomas Renner"],
  ])("%s: %s", (lang, text, speaker) => {
    expect(quotedSpeaker(readPlain(text, lang))).toBe(speaker);
  });
});

describe("the clause after a name that a role set off before it", () => {
  it("gives the name no second role", () => {
    const text = "As first claimed by the former chairman of the Riverside Rowing Club, Tomas Renner, the mayor has hidden the repair bill for two years. \"Nobody has ever seen the invoices for the boathouse roof,\" Renner said.";
    const source = readPlain(text, "en").sources.find((s) => s.name.includes("Renner"));
    expect(source?.name).toBe("Tomas Renner");
    expect(source?.role ?? "").not.toMatch(/mayor/u);
  });
});
