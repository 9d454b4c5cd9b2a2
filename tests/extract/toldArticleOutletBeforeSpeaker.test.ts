// German names whom a speaker told with the dative's article, before an inverted speaker ("sagte der Lindauer Rundschau
// Marta Quell"): a registered outlet there is no role and no part of the speaker's name. Texts of our own, outlets of a
// test registry.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "Lindauer Rundschau", aliases: [], descriptors: [], domains: [], kind: "newspaper" },
  { name: "Der Kurier", aliases: [], descriptors: [], domains: [], kind: "newspaper" },
]);

/** The reading's sources as "name (role)". */
const sources = (body: string) => readText(body, registry, { outlet: "Test Daily", language: "de" }).sources.map((s) => (s.role ? `${s.name} (${s.role})` : s.name));

describe("whom was told, with its article, before the inverted speaker", () => {
  it.each([
    ["„Der Damm hält“, sagte der Lindauer Rundschau Marta Quell.", ["Marta Quell"]],
    ["„Der Damm hält“, sagte dem Kurier Marta Quell.", ["Marta Quell"]],
    // Control: a role noun after the article stays the speaker's role.
    ["„Der Damm hält“, sagte der Sprecher Tom Reeb.", ["Tom Reeb (der Sprecher)"]],
  ])("%s", (body, expected) => {
    expect(sources(body)).toEqual(expected);
  });
});
