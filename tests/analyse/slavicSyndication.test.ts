// Russian and Ukrainian syndication credits ("Эта статья впервые опубликована на сайте X", "Публикуется с разрешения X",
// "Вперше опубліковано на X") were read as plain citations ("опубликована на сайте X"): no republication, no syndication
// finding, as English "This article first appeared on X" gives. Own invented stories and outlets.
import { describe, expect, it } from "vitest";
import { CREDIT_LABEL } from "../../src/clean/patterns.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { readPlain } from "../extract/helpers.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const credited = (body: string, language: string) => {
  const r = readPlain(body, language, "Вечерний Курьер");
  return { syndication: r.syndication.map((s) => s.outletName), cited: r.attributions.map((a) => a.outletName) };
};

describe("Russian and Ukrainian syndication credits", () => {
  it.each([
    ["ru", "Эта статья впервые опубликована на сайте Северный Вестник."],
    ["ru", "Материал впервые вышел на Северный Вестник."],
    ["ru", "Публикуется с разрешения издания «Северный Вестник»."],
    ["uk", "Вперше опубліковано на сайті Північний Вісник."],
    ["uk", "Публікується з дозволу видання «Північний Вісник»."],
  ])("%s: %j credits the outlet of record", (language, credit) => {
    const story = language === "ru" ? "Мэрия Озёрска введёт плату за парковку у набережной." : "Мерія Озерська запровадить плату за паркування біля набережної.";
    const { syndication, cited } = credited(`${story}\n\n${credit}`, language);
    expect(syndication).toHaveLength(1);
    expect(cited).toEqual([]);
  });

  it.each(["Впервые опубликовано: Северный Вестник", "Вперше опубліковано: Північний Вісник"])("the label %j says the text ran first elsewhere", (line) => {
    expect(CREDIT_LABEL.exec(line)?.groups?.reprint).toBeDefined();
  });

  it("a text described as first published elsewhere is still a citation, not this article's credit", () => {
    expect(credited("Статья, впервые опубликованная в журнале «Морские Записки», оказалась фальшивкой.", "ru")).toEqual({ syndication: [], cited: ["Морские Записки"] });
    expect(credited("Статья, опубликованная в журнале «Морские Записки», оказалась фальшивкой.", "ru")).toEqual({ syndication: [], cited: ["Морские Записки"] });
  });

  it("makes the copy a republication of the outlet of record", async () => {
    const story = "Мэрия Озёрска введёт плату за парковку у набережной в размере 300 рублей в час. Власти пока не комментируют эту информацию.";
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "vestnik.txt": frontMatterArticle("ru", "Северный Вестник", "2025-05-01", "Парковка", story),
        "kurier.txt": frontMatterArticle("ru", "Вечерний Курьер", "2025-05-02", "Парковка", `${story}\n\nЭта статья впервые опубликована на сайте Северный Вестник.`),
      }),
    );
    expect(graph.filterEdges((_, a) => a.kind === "republishes").length).toBe(1);
    expect(graph.filterEdges((_, a) => a.kind === "cites").length).toBe(0);
    expect(graph.getAttribute("findings").map((f) => f.type)).toContain("syndication");
  });
});
