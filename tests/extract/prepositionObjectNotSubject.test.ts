// "über einen sogenannten „X“ berichtete": a name a preposition governs, with its article and adjectives between, is
// what was reported on, not who reported it; only a subject before the verb is. A name after a preposition of its
// owner or agent ("une analyse de X révèle", "an investigation by X revealed") or before a relative pronoun ("at X which ran") still is. Own invented texts.
import { describe, expect, it } from "vitest";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import { readText } from "./helpers.ts";

const registry = await loadDefaultRegistry();
const cited = (body: string, language: string): string[] => readText(body, registry, { outlet: "Testblatt", language }).attributions.map((a) => a.outletName.replace(/[„“"]/gu, ""));

describe("a preposition's object before a report verb is no outlet", () => {
  it.each([
    ["de", "Die Stadt war in Sorge, seit die Talwacht im Mai über einen sogenannten \"Wolfsrudel-Alarm\" berichtete.", "Wolfsrudel-Alarm"],
    ["de", "Danach hatten viele Seiten über „Hafengeister“ berichtet.", "Hafengeister"],
    ["en", "Residents were alarmed when the Talwacht wrote about the so-called \"Harbour Ghost\" reported last week.", "Harbour Ghost"],
  ])("%s: %s", (language, body, topic) => {
    expect(cited(body, language)).not.toContain(topic);
  });

  it.each([
    ["de", "Die Talwacht berichtete über den Hafenstreit.", "Die Talwacht"],
    ["en", "Later in the week Reuters reported that the harbour had closed.", "Reuters"],
    ["fr", "Une enquête de Reuters révèle que le maire a menti sur le budget du port.", "Reuters"],
    ["es", "Un reportaje de «El País» reveló que el puerto cerró en mayo.", "El País"],
    ["en", "The interview was reprinted at the \"Guardian\" which ran it on the front page.", "The Guardian"],
    ["en", "The interview was reprinted at The Guardian which ran it on the front page.", "The Guardian"],
    // A preposition of the agent makes the name the author of the noun before, as an owner's does.
    ["en", "An investigation by the \"Guardian\" revealed that the harbour had closed.", "The Guardian"],
    ["es", "Una investigación realizada por «El País» reveló que el puerto cerró en mayo.", "El País"],
  ])("still reads the verb's subject: %s: %s", (language, body, outlet) => {
    expect(cited(body, language)).toContain(outlet);
  });
});
