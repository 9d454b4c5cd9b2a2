// Sources no text names: a speech verb's form spelt like a noun after a possessive (Spanish "en su cuenta oficial",
// "cuenta" = he tells / account) made the adjective after it an unnamed source "oficial"; a photo credit line with no
// full stop ("FOTO: … / Ion Marin") made the capitalised common noun opening the next paragraph ("Instituția
// subliniază …") look capitalised inside a sentence, and so a named person. Own invented stories.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { capitalisedInside } from "../../src/extract/sentenceCapitals.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

async function sources(lang: string, body: string): Promise<string[]> {
  const { graph } = await analyseCaseFolder(await makeCase({ "a.txt": frontMatterArticle(lang, "Diario del Valle", "2021-04-04", "Rumores", body) }));
  return graph.filterNodes((_, a) => a.kind === "source").sort();
}

describe("a speech verb's form after a possessive is a noun", () => {
  it("reads no source from 'en su cuenta oficial' (es)", async () => {
    const found = await sources("es", "La pianista Lucía Ferrer canceló el concierto del sábado en Lagunilla.\n\nFerrer dio la noticia al publicar en su cuenta oficial: “Vuelvo a los escenarios en mayo”.");
    expect(found.filter((k) => k.includes("oficial"))).toEqual([]);
  });

  it("still reads the speaker of the verb 'cuenta' (es, control)", async () => {
    const found = await sources("es", "El puerto de Lagunilla cerró el martes.\n\n“Nadie nos avisó del cierre”, cuenta la vecina Marta Quiroga.");
    expect(found).toContain("source:marta-quiroga");
  });

  it("still reads an unnamed official source (pt, control)", async () => {
    const found = await sources("pt", "O porto de Lagoa Seca fechou na terça-feira.\n\n“O porto vai reabrir na sexta-feira”, disse fonte oficial.");
    expect(found.some((k) => k.includes("fonte"))).toBe(true);
  });
});

describe("a line without a full stop ends before the next paragraph's first word", () => {
  it("reads no person from a common noun after a photo credit (ro)", async () => {
    const found = await sources(
      "ro",
      "Zvonuri false despre barajul de la Lacu Verde.\n\nMinisterul Apelor a transmis un mesaj despre baraj.\n\nFOTO: Delta Photos / Ion Marin\n\nInstituția precizează că zvonul despre baraj nu are nicio bază.",
    );
    expect(found).not.toContain("source:institutia");
  });

  it("capitalisedInside asks for the same line", () => {
    expect(capitalisedInside("Instituția", "FOTO: Delta Photos / Ion Marin\n\nInstituția precizează")).toBe(false);
    expect(capitalisedInside("Popescu", "a spus, Popescu")).toBe(true);
    expect(capitalisedInside("Popescu", "a spus ieri Popescu")).toBe(true);
  });
});

describe("a name after a speech verb followed by 'as' and a noun phrase is the verb's object (en)", () => {
  it("reads no source from 'announced X as the best …'", async () => {
    const found = await sources("en", "Harbour Day tops the list\n\nThe Velmar Tourism Board, announced Harbour Day Festival as the finest summer festival of the region.");
    expect(found).not.toContain("source:harbour-day-festival");
  });

  it("still reads the speaker followed by a clause of its own ('as the meeting closed', control)", async () => {
    const found = await sources("en", "The council met on Monday.\n\n\"The bridge is safe,\" said Anna Berg as the meeting closed.");
    expect(found).toContain("source:anna-berg");
  });
});
