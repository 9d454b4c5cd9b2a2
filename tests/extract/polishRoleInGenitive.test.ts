// Polish "Według <role> <Name>": role and name in the genitive after "according to" (probe 20 item 15), pinned with texts of our own.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const sources = (body: string): string[] => sourceLabels(readPlain(body, "pl", "Głos Doliny"));

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
