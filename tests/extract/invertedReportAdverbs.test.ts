// German, Dutch and Scandinavian put the paper after an inverted verb of reporting, and an adverb may stand between them
// ("titelte etwa die X", "schreef onder meer de X", "skrev blant annet X"): the adverb is no part of the name, and the
// paper is still cited. Dutch "kopte" (headlined) is such a verb. Invented outlets.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry(
  ["Morgenglocke", "Elbpost", "Rheinbote", "Havenkoerier", "Havnebladet", "Hamnbladet"].map((name) => ({ name, aliases: [], descriptors: [], domains: [], kind: "newspaper" as const })),
);
const cited = (body: string, language: string) => readText(body, registry, { outlet: "Testblatt", language }).attributions.map((a) => a.outletName);

describe("an adverb between the inverted verb and the paper", () => {
  it.each([
    ["„Der Hafen bleibt zu“, titelte etwa die Morgenglocke.", "de", "Morgenglocke"],
    ["Der Hafen bleibe zu, schrieb damals unter anderem die Elbpost.", "de", "Elbpost"],
    ["Der Hafen bleibe zu, berichtete am Montag etwa der Rheinbote.", "de", "Rheinbote"],
    ["De haven gaat dicht, schreef onder meer de Havenkoerier.", "nl", "Havenkoerier"],
    ["„De haven gaat dicht”, kopte de Havenkoerier.", "nl", "Havenkoerier"],
    ["Ferja er innstilt, skrev blant annet Havnebladet.", "no", "Havnebladet"],
    ["Färjan ställs in, skrev bland annat Hamnbladet.", "sv", "Hamnbladet"],
    ["Færgen er aflyst, skrev blandt andet Havnebladet.", "da", "Havnebladet"],
  ])("%s", (body, language, outlet) => {
    expect(cited(body, language)).toEqual([outlet]);
  });
});

describe("control: a person or a spokesman after the adverb is cited as no paper", () => {
  it.each([
    ["Der Hafen bleibe zu, sagte etwa der Sprecher.", "de"],
    ["Færgen er aflyst, skrev også Kari Nordmo.", "da"],
    ["Ferja er innstilt, skrev blant annet Kari Nordmo.", "no"],
  ])("%s", (body, language) => {
    expect(cited(body, language)).toEqual([]);
  });
});
