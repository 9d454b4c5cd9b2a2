// Polish "Według <role> <Name>": role and name in the genitive after "according to" (probe 20 item 15), pinned with texts of our own.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([]);
const sources = (body: string): string[] => readText(body, registry, { outlet: "Głos Doliny", language: "pl" }).sources.map((s) => `${s.type}:${s.name}`);

describe("a person named after a role in the genitive, after 'według'", () => {
  it.each([
    ["Według rzecznika urzędu miasta Piotra Zielińskiego most zostanie zamknięty.", "named:Piotra Zielińskiego"],
    ["Most zostanie zamknięty, według przewodniczącego rady osiedla Tomasza Wrony.", "named:Tomasza Wrony"],
    ["Według dyrektora portu Ewy Malinowskiej prom nie wypłynie w piątek.", "named:Ewy Malinowskiej"],
  ])("%s", (text, source) => {
    expect(sources(text)).toEqual([source]);
  });

  it("an outlet noun before the name still names the outlet, no person", () => {
    expect(sources("Według dziennika Poranny Kurier most zostanie zamknięty.")).toEqual([]);
  });
});
