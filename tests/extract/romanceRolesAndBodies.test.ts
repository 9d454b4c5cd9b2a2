// Probe 21, item 16: French and Italian bodies with a nationality adjective after "selon", "d'après", "secondo", and a
// role with its portfolio (and an adjective) before the speaker's name. Invented texts.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { quotedSpeaker, readText } from "./helpers.ts";

const read = (body: string, language: string) => readText(body, createOutletRegistry([]), { outlet: "Own Paper", language });
const sources = (body: string, language: string): string[] => read(body, language).sources.map((s) => `${s.type}:${s.name}`);

describe("a body with an adjective after it", () => {
  it.each([
    ["D'après le ministère portugais, le port coûtera 4 millions d'euros.", "fr", "organisation:ministère portugais"],
    ["Selon le ministère portugais, le port coûtera 4 millions d'euros.", "fr", "organisation:ministère portugais"],
    ["Il porto, secondo il ministero portoghese, costerà 4 milioni di euro.", "it", "organisation:ministero portoghese"],
  ])("%s", (text, language, source) => {
    expect(sources(text, language)).toEqual([source]);
  });
});

describe("a role with its portfolio before the name", () => {
  it.each([
    ['"Le port restera ouvert", a déclaré la ministre portugaise de la Mer Ana Sousa.', "fr"],
    ['"Le port restera ouvert", a déclaré la ministre du Travail Ana Sousa.', "fr"],
    ['"Il porto resterà aperto", ha detto la ministra del Lavoro portoghese Ana Sousa.', "it"],
    ['"El puerto seguirá abierto", dijo la ministra de Trabajo Ana Sousa.', "es"],
  ])("%s", (text, language) => {
    expect(quotedSpeaker(read(text, language))).toBe("Ana Sousa");
  });
});
