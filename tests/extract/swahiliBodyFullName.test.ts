// Swahili joins a body's name by a connective spelt like an article ("Jeshi la Polisi", the Police Force; "Jeshi la
// polisi"): the body speaking was read as its last word alone ("Polisi"). The whole name is the speaker. Invented bodies.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const labels = (body: string) => sourceLabels(readPlain(body, "sw"));

describe("Swahili: a body's whole name before its verb", () => {
  it.each([
    ["Jeshi la Polisi limesema kwamba hakuna tukio kama hilo.", "organisation:Jeshi la Polisi"],
    ["Jeshi la polisi limesema kwamba hakuna tukio kama hilo.", "organisation:Jeshi la polisi"],
    ["Chama cha Wakulima kimesema kwamba hakuna tukio kama hilo.", "organisation:Chama cha Wakulima"],
  ])("%j is said by %s", (body, source) => {
    expect(labels(body)).toEqual([source]);
  });
});

describe("controls: a body named after its article", () => {
  it.each([
    ["en", "The ministry said the port was closed.", "organisation:ministry"],
    ["fr", "Le ministère de la Santé a indiqué que le port était fermé.", "organisation:ministère de la Santé"],
  ])("%s: %j", (language, body, source) => {
    expect(sourceLabels(readPlain(body, language))).toEqual([source]);
  });
});
