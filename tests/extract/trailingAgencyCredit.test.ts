// An agency credit in brackets closing the last paragraph ("… einbringen. (dpa)") is the regional papers' reprint credit.
import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/clean/types.ts";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import { paragraphSpans } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "Velmar Press Agency", aliases: ["VPA"], descriptors: [], domains: [], kind: "agency" },
  { name: "Nordwire", aliases: ["nw"], descriptors: [], domains: [], kind: "agency" },
  { name: "Harbour Courier", aliases: [], descriptors: [], domains: [], kind: "newspaper" },
]);

function read(body: string, language: string): string[] {
  const a: CleanArticle = { meta: { id: "t", file: "t.md", format: "markdown", outlet: "Velmar Post", language }, text: body, body, paragraphs: paragraphSpans(body), kept: [], removed: [], creditLines: [] };
  return readArticle(a, registry).syndication.map((s) => s.outlet).sort();
}

const FIRST = { de: "Der Hafen von Velmar soll im Mai wieder öffnen.", it: "Il porto di Velmar riaprirà a maggio.", fr: "Le port de Velmar rouvrira en mai." };

describe("a bracketed agency credit closing the last paragraph", () => {
  it.each([
    ["de", "Die Gebühren sollen danach steigen, sagte der Hafenmeister. (VPA)", ["outlet:velmar-press-agency"]],
    ["it", "Le tariffe aumenteranno, ha detto il capitano del porto. (VPA)", ["outlet:velmar-press-agency"]],
    ["fr", "Les tarifs augmenteront, a précisé le capitaine du port. (nw/VPA)", ["outlet:nordwire", "outlet:velmar-press-agency"]],
    ["fr", "Les tarifs augmenteront, a précisé le capitaine du port. (avec VPA)", ["outlet:velmar-press-agency"]],
  ] as const)("%s: %j credits the agency", (lang, last, want) => {
    expect(read(`${FIRST[lang]}\n\n${last}`, lang)).toEqual(want);
  });

  it("reads no credit from a newspaper in brackets, from brackets inside the paragraph, or from brackets with no sentence end before them", () => {
    expect(read(`${FIRST.de}\n\nDie Gebühren sollen danach steigen, sagte der Hafenmeister. (Harbour Courier)`, "de")).toEqual([]);
    expect(read(`${FIRST.de}\n\nDie Agentur (VPA) meldete es zuerst. Die Gebühren sollen danach steigen.`, "de")).toEqual([]);
    expect(read(`${FIRST.de}\n\nDie Gebühren steigen laut der Agentur (VPA)`, "de")).toEqual([]);
  });
});
