// A nickname in quotation marks ("Ramirito" escribió …) read as a publication's title: the marks that set off a
// title's name set off a person's nickname too. Where the article writes the nickname right after the person's full
// name (Ramiro Estrada "Ramirito"), it is the person's, and cites no outlet. Own invented story.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { nicknameInText } from "../../src/extract/cited.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

async function cited(body: string): Promise<string[]> {
  const { graph } = await analyseCaseFolder(await makeCase({ "a.txt": frontMatterArticle("es", "Diario del Valle", "2020-02-11", "Rumores sobre su salud", body) }));
  return graph.filterEdges((_, a) => a.kind === "cites").map((e) => graph.target(e));
}

describe("a nickname in quotation marks", () => {
  it.each([
    ['El nombre del comediante Ramiro Estrada "Ramirito" volvió a ser tendencia.', "Ramirito", true],
    ["El nombre de Ramiro Estrada “Ramirito” volvió a ser tendencia.", "Ramirito", true],
    ['El semanario "Faro Norte" publicó la noticia.', "Faro Norte", false],
    ["сказал Иван Петров «Северу»", "Северу", false],
  ])("%s → nickname of a person: %s %s", (text, name, expected) => {
    expect(nicknameInText(name, text)).toBe(expected);
  });

  it("cites no outlet for a nickname the article gave a person", async () => {
    const targets = await cited('El nombre del comediante Ramiro Estrada "Ramirito" volvió a ser tendencia por rumores sobre su salud.\n\nEn abril existieron los mismos rumores. "Ramirito" escribió en su cuenta de Facebook que estaba perfectamente bien.\n');
    expect(targets).not.toContain("outlet:ramirito");
  });

  it("still cites a title in quotation marks", async () => {
    const targets = await cited('El alcalde de Villaseca dimitió el lunes.\n\n"Faro Norte" publicó que el alcalde había dimitido por motivos de salud.\n');
    expect(targets).toContain("outlet:faro-norte");
  });
});
