// A passage printed after a lead-in that names its author in a case form ("a longer passage of Nowosadzki's column,
// which began:" — Polish "fragment felietonu Nowosadzkiego", the genitive of "Nowosadzki") was read as crediting no one:
// attribution_drift "credits it to no one" and laundering "names no source for it". A reader who sees the author's name
// on the line that opens the block takes every sentence of it for that author's. Invented outlets, people and texts.
import { describe, expect, it } from "vitest";
import { namesPerson } from "../../src/core/personNamed.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const QUOTING =
  'W felietonie z 1995 roku Piotr Nowosadzki pisał o swoim dzieciństwie: "Rzeka była dla mnie granicą świata - myślę o tym zawsze, gdy wracam nad jej brzeg po latach. Woda uczy pokory i cierpliwości."\n\nRedakcja dodaje, że felieton ukazał się w dwóch częściach.';

async function findingTypes(leadIn: string): Promise<string[]> {
  const reprinting = `${leadIn}\n\nRzeka była dla mnie granicą świata - myślę o tym zawsze, gdy wracam nad jej brzeg po latach. Woda uczy pokory i cierpliwości.\n\nCzytelnicy wciąż pytają o ten tekst.`;
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "a.txt": `---\noutlet: Gazeta Nadrzeczna\npublished: 2011-04-02\nlanguage: pl\n---\n${QUOTING}\n`,
      "b.txt": `---\noutlet: Serwis Wschodni\npublished: 2021-09-14\nlanguage: pl\n---\n${reprinting}\n`,
    }),
  );
  return graph.getAttribute("findings").map((f) => f.type);
}

describe("a block whose lead-in names its author in a case form", () => {
  it("credits the author, so no attribution drift or laundering says it credits no one (pl genitive)", async () => {
    const types = await findingTypes("Przytoczmy dłuższy fragment felietonu Nowosadzkiego sprzed lat, który zaczynał się tak:");
    expect(types).not.toContain("attribution_drift");
    expect(types).not.toContain("laundering");
  });

  it("a lead-in that names no one still drops the credit (control)", async () => {
    // The block set apart after the colon is read as the quotation the earlier article printed (align: a paragraph after
    // a colon), so the dropped credit is charged as laundering ("names no source") or, read as a copy, as drift.
    const types = await findingTypes("Przytoczmy dłuższy fragment felietonu sprzed lat, który zaczynał się tak:");
    expect(types.filter((t) => t === "attribution_drift" || t === "laundering")).not.toEqual([]);
  });
});

describe("namesPerson", () => {
  it.each([
    ["fragment felietonu Nowosadzkiego", "Piotr Nowosadzki", true],
    ["list od Ewy Kowalskiej", "Ewa Kowalska", true],
    ["слова Петрова были", "Иван Петров", true],
    ["die Rede Lindholms", "Greta Lindholm", true],
    // A short surname that ends in no vowel takes no longer ending: "Lindqvist" is someone else.
    ["said Maja Lindqvist", "Anna Lind", false],
    ["a reporter from Leeds", "Tom Lee", false],
  ] as const)("%s names %s: %s", (text, name, expected) => {
    expect(namesPerson(text, name)).toBe(expected);
  });
});
