// An outlet named after a preposition in a relative clause ("Brenning, der für das Kieler Wochenmagazin schreibt") is
// whom the clause's subject writes for, not a source the article cites. Short texts of our own, invented names.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readPlain, readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Lindauer Post", aliases: [], descriptors: [], domains: [], kind: "newspaper" }]);

describe("a relative clause's prepositional object is not the subject of its verb", () => {
  it.each([
    ["Olaf Brenning, der seit Jahren Kolumnen für das Kieler Wochenmagazin schreibt, wechselt nach Bremen.", "de"],
    ["Olaf Brenning, der für die Lindauer Post schreibt, wechselt nach Bremen.", "de"],
  ])("%s cites nothing", (text, language) => {
    expect(readText(text, registry, { outlet: "Test Daily", language }).attributions).toEqual([]);
  });

  it("a subject right before the verb is still cited", () => {
    const reading = readPlain("Olaf Brenning wechselt nach Bremen, wie die Lindauer Post berichtet.", "de");
    expect(reading.attributions.map((a) => a.outletName)).toEqual(["Lindauer Post"]);
  });

  it("a relative clause whose subject is the outlet itself still cites it", () => {
    const reading = readText("Der Vorfall, den die Lindauer Post schreibt, bleibt offen. Die Lindauer Post berichtet, dass Brenning ging.", registry, { outlet: "Test Daily", language: "de" });
    expect(reading.attributions.map((a) => a.outletName)).toContain("Lindauer Post");
  });
});
