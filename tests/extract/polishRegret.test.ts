// Polish, in a text of our own (names invented): regret voiced in words ("X (rola) ubolewał – „…”") quotes its speaker,
// with the role in brackets between the name and the verb no part of the name.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const speakers = (body: string) => {
  const r = readText(body, createOutletRegistry([]), { outlet: "Test Daily", language: "pl" });
  return r.quotations.map((q) => r.sources.find((s) => s.key === q.speaker)?.name);
};

describe("Polish: 'ubolewał' before a quotation", () => {
  it.each([
    ["Adam Borowiec (prezes spółdzielni rybackiej) ubolewał – „Nie mamy już gdzie cumować kutrów”.", "Adam Borowiec"],
    ["Ewa Sadowska, sołtyska wsi, ubolewała: „Nikt nas nie zapytał o zdanie”.", "Ewa Sadowska"],
  ])("%s", (body, name) => {
    expect(speakers(body)).toEqual([name]);
  });
});
