// Outlets named in quotation marks and in oblique cases. German sets names in curly single marks ("Laut ‘X’ stammt …",
// "Auf ‘X’ wurde … berichtet"), Russian and Ukrainian in straight double marks ("- сообщает "X"."); Russian and Ukrainian
// name an outlet in the genitive or prepositional ("Журналист «X» Иван Петров опросил …", "не подтвердил информацию «X»",
// "на «X»", "В сюжете X говорится"), which is read only under a form the text writes. People and places in the same
// slots are no outlets. Own invented stories.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

async function citedIn(files: Record<string, string>): Promise<string[]> {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  return graph.filterEdges((_, a) => a.kind === "cites").map((e) => `${graph.source(e)} ${graph.target(e)}`);
}

async function cited(language: string, body: string): Promise<string[]> {
  return (await citedIn({ "a.txt": frontMatterArticle(language, "Озёрные вести", "2014-07-20", "Беженка", body) })).map((c) => c.split(" ")[1] as string);
}

describe("names in quotation marks", () => {
  it.each([
    ["de", "Das Foto ist alt. Laut ‘Nordwest Kurier’ stammt das Foto aus dem Jahr 2012.", ["outlet:nordwest-kurier"]],
    ["de", "Auf ‘Tiefland Magazin’ wurde über eine Frau berichtet, die einen Riesenfisch gefangen haben soll.", ["outlet:tiefland-magazin"]],
    // Two capitalised words read as a person's name unquoted; in marks they are a title.
    ["de", "Das Foto ist alt. Laut ‘Quill Mag’ stammt das Foto aus dem Jahr 2012.", ["outlet:quill-mag"]],
    ["de", "Das Foto wurde laut ‘Elbpost Online’ und ‘Marschblatt’ im Jahr 2012 gemacht.", ["outlet:elbpost-online", "outlet:marschblatt"]],
    ["ru", "Никто из жителей не подтвердил слухи о пожаре, - сообщает \"Бриз\".", ["outlet:бриз"]],
    ["uk", "Ніхто з мешканців не підтвердив чуток про страту, - повідомляє \"Бриз\".", ["outlet:бриз"]],
  ])("%s: %s", async (language, body, outlets) => {
    expect((await cited(language, body)).sort()).toEqual([...outlets].sort());
  });

  it.each([
    ["de", "Das Foto ist alt. Laut ‘Hans Albers’ stammt das Foto aus dem Jahr 2012."],
    ["de", "Auf Borkum wurde über eine Frau berichtet, die einen Riesenfisch gefangen haben soll."],
    ["ru", "Никто из жителей не подтвердил слухи о пожаре, - сообщает Иван Петров."],
  ])("%s: a person or a place is no outlet: %s", async (language, body) => {
    expect(await cited(language, body)).toEqual([]);
  });
});

describe("Russian and Ukrainian names in an oblique case", () => {
  it.each([
    ["ru", "Журналист «Северной газеты» Иван Петров опросил жителей Озёрска.", ["outlet:севернои-газеты"]],
    ["ru", "Никто из рыбаков не подтвердил информацию российского «Первого канала» о пожаре.", ["outlet:channel-one-russia"]],
    ["ru", "Сюжет был показан 3 марта на «Первом канале».", ["outlet:channel-one-russia"]],
    ["ru", "Весной на Первом канале прошел сюжет о рыбаке.", ["outlet:channel-one-russia"]],
    ["ru", "В сюжете от 3 марта «Первый канал» предоставил слово рыбаку.", ["outlet:channel-one-russia"]],
    ["ru", "Журналисты телеканала Шторм нашли женщину. В сюжете Шторма говорится, что она сестра лесника.", ["outlet:шторм"]],
    ["uk", "Журналісти телеканалу Шторм знайшли жінку. У сюжеті Шторму розповідається, що вона сестра лісника.", ["outlet:шторм"]],
    ["uk", "Журналіст «Вечірньої газети» Іван Петренко опитав мешканців.", ["outlet:вечірньоі-газети"]],
  ])("%s: %s", async (language, body, outlets) => {
    expect(await cited(language, body)).toEqual(outlets);
  });

  it.each([
    ["ru", "Журналист Иван Петров опросил жителей Озёрска."],
    ["ru", "Журналист «Москвы» Иван Петров опросил жителей Озёрска."],
    ["ru", "Никто из рыбаков не подтвердил информацию Ивана Петрова о пожаре."],
    ["ru", "Сюжет был показан на Урале."],
    // The genitive of an outlet the article never names in the nominative: its nominative is not guessed.
    ["ru", "В сюжете Шторма говорится, что она сестра лесника."],
    ["uk", "Журналіст Іван Петренко опитав мешканців."],
  ])("%s: a person, a place or an unknown name is no outlet: %s", async (language, body) => {
    expect(await cited(language, body)).toEqual([]);
  });

  it("takes the nominative another article of the case writes for the outlet", async () => {
    const cites = await citedIn({
      "a.txt": frontMatterArticle("ru", "Озёрные вести", "2014-07-20", "Пожар", "Как сообщает «Северная газета», мэр ушёл в отставку."),
      "b.txt": frontMatterArticle("ru", "Лесной край", "2014-07-21", "Пожар", "Никто не подтвердил информацию «Северной газеты» о пожаре."),
    });
    expect(cites.map((c) => c.split(" ")[1]).sort()).toEqual(["outlet:северная-газета", "outlet:северная-газета"]);
  });
});
