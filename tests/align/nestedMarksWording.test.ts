// A quotation that nests others in the same marks as its own ("… ми казаха: "Тук ли си?" Отговорих: "…""), read as the
// inner quotations only, against a printing that nests them in single marks (read whole): the words the first prints
// between its inner quotations are the same words, not words the second added. Invented Bulgarian texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const INNER = (mark: string) =>
  `Сутринта съседите дойдоха и ми казаха: ${mark}Тук ли си? В селото те търсят.${mark} Отговорих: ${mark}Кой ме търси? Не знам нищо.${mark} После разбрах, че съм ${mark}изчезнал${mark}`;

async function quotationRelations(laterQuote: string): Promise<string[]> {
  const root = await makeCase({
    "a.txt": frontMatterArticle(
      "bg",
      "Vestnik Maren",
      "2026-03-02",
      "Дичев се завърна",
      `Рибарят Стоян Дичев е "жив и здрав“, след като в мрежата се появи фалшива новина за изчезването му."${INNER('"')}“, сподели Дичев в ефира на "Морски вести“.По-късно той се засмял.`,
    ),
    "b.txt": frontMatterArticle("bg", "Dnevnik Sever", "2026-03-02", "Слух за рибар", `Слух за изчезването на Стоян Дичев обиколи социалните мрежи във вторник.\n\n„${laterQuote}“, разказа Дичев в ефира на „Морски вести“.`),
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.filterEdges((_e, a) => a.kind === "quotes_same" || a.kind === "alters_quote").map((e) => `${graph.getEdgeAttribute(e, "kind")} ${graph.source(e)}->${graph.target(e)}`);
}

describe("inner quotation marks of another kind", () => {
  it("are the same wording, no altered quotation", async () => {
    expect(await quotationRelations(INNER("'"))).toEqual(["quotes_same b->a"]);
  });
  it("still find a word changed inside (control)", async () => {
    expect(await quotationRelations(INNER("'").replace("те търсят", "те търсят вчера"))).toEqual(["alters_quote b->a"]);
  });
});
