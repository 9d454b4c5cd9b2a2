/** German "für" joins a body's name only after a head noun of a body ("Institut für …"); after another name it opens the clause's own phrase. */
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readPlain, readText, sourceLabels } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "The Morgenblick", aliases: ["Morgenblick"], descriptors: [], domains: [], kind: "newspaper" }]);

describe("German 'für' after a cited name", () => {
  it.each([
    ["Der Fährplan sorgt laut einem Bericht des Morgenblick für Unmut am Hafen.", "The Morgenblick"],
    ["Laut dem Morgenblick für Leser im Norden ist die Brücke gesperrt.", "The Morgenblick"],
  ])("cites the paper, not a name run on into the clause: %s", (body, outlet) => {
    const cited = readText(body, registry, { outlet: "Test Daily", language: "de" }).attributions.map((a) => a.outletName);
    expect(cited).toEqual([outlet]);
  });

  it("keeps 'für' inside the name of a body whose head noun takes it", () => {
    expect(sourceLabels(readPlain("Laut dem Institut für Küstenkunde ist der Hafen sicher.", "de"))).toEqual(["organisation:Institut für Küstenkunde"]);
  });

  it.each([
    ["Das Bundesamt für Seewege teilte mit, der Hafen sei sicher.", "organisation:Bundesamt für Seewege"],
    ["Die Stiftung für Seewege sagte, der Hafen sei sicher.", "organisation:Stiftung für Seewege"],
  ])("reads a body named with 'für' that speaks as that body, never a person 'für …': %s", (body, label) => {
    expect(sourceLabels(readPlain(body, "de"))).toEqual([label]);
  });
});
