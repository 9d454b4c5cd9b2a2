// A fact check shows the rumour it checks in quotation marks, credited to where it was published ("«…» — Texto publicado
// no Blog Norte"); a later site retells the rumour in its own words, without marks. That is no quotation with words
// changed (altered_quote): nobody's words were in the marks. Own invented stories.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const article = frontMatterArticle;

async function altered(language: string, check: string, retold: string): Promise<string[][]> {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "a.txt": article(language, "Verifica Já", "2025-03-05", "Verificação", check),
      "b.txt": article(language, "Gazeta Leste", "2025-03-08", "Ponte", retold),
    }),
  );
  return graph.getAttribute("findings").filter((f) => f.type === "altered_quote").map((f) => f.articles);
}

describe("a published text a fact check shows in marks", () => {
  it("is no person's quotation for a later retelling to alter (pt)", async () => {
    const check = '"A prefeitura vai fechar a ponte velha do rio Claro para todos os carros e caminhões a partir de 1º de março deste ano, segundo o decreto."\n— Texto publicado no Blog Norte e compartilhado em grupos de mensagens\n\nFALSO\n\nÉ falso que a prefeitura vai fechar a ponte velha do rio Claro.';
    expect(await altered("pt", check, "A prefeitura vai fechar a ponte velha do rio Claro para carros e caminhões a partir de março deste ano, segundo o decreto. Moradores pedem alternativas.")).toEqual([]);
  });

  it("is no person's quotation for a later retelling to alter (en)", async () => {
    const check = '"The council will close the old Clearwater bridge to all cars and lorries from the first of March this year onwards, under a new decree."\n— Text published on North Blog and shared in messaging groups\n\nFALSE\n\nIt is false that the council will close the old Clearwater bridge.';
    expect(await altered("en", check, "The council will close the old Clearwater bridge to cars and lorries from March this year onwards, under a new decree. Residents want other routes.")).toEqual([]);
  });

  it("a person's quotation retold with words changed is still altered", async () => {
    const said = 'Mayor Ana Ruiz spoke on Monday.\n\n"We will close the old Clearwater bridge to all cars from the first of March onwards," said Ana Ruiz.';
    expect(await altered("en", said, "Ana Ruiz said the council will close the old Clearwater bridge to cars from the first of March onwards.")).not.toEqual([]);
  });
});
