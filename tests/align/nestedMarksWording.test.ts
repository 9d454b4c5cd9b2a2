// A quotation that nests others in the same marks as its own ("… казаха: "Жива ли си?" Попитах: "…""), read as the
// inner quotations only, against a printing that nests them in single marks (read whole): the words the first prints
// between its inner quotations are the same words, not words the second added. Invented Bulgarian texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const INNER = (mark: string) =>
  `Първо ми звъннаха по телефона и ми казаха: ${mark}Жива ли си? В мрежата те погребаха.${mark} Попитах: ${mark}Какво значи това? Не разбирам.${mark} Тогава разбрах, че съм ${mark}починала${mark}`;

async function quotationRelations(laterQuote: string): Promise<string[]> {
  const root = await makeCase({
    "a.txt": frontMatterArticle(
      "bg",
      "Vestnik Maren",
      "2026-03-02",
      "Петрова е жива",
      `Актрисата Мира Петрова е "жива и здрава“, след като в мрежата се появи фалшива новина за смъртта ѝ."${INNER('"')}“, сподели Петрова в ефира на "Добро утро, Марово“.Първоначално тя се засмяла.`,
    ),
    "b.txt": frontMatterArticle("bg", "Dnevnik Sever", "2026-03-02", "Фалшива новина", `Фалшива новина за смъртта на Мира Петрова обиколи социалните мрежи във вторник.\n\n„${laterQuote}“, разказа Петрова в ефира на „Добро утро, Марово“.`),
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.filterEdges((_e, a) => a.kind === "quotes_same" || a.kind === "alters_quote").map((e) => `${graph.getEdgeAttribute(e, "kind")} ${graph.source(e)}->${graph.target(e)}`);
}

describe("inner quotation marks of another kind", () => {
  it("are the same wording, no altered quotation", async () => {
    expect(await quotationRelations(INNER("'"))).toEqual(["quotes_same b->a"]);
  });
  it("still find a word changed inside (control)", async () => {
    expect(await quotationRelations(INNER("'").replace("те погребаха", "те погребаха вчера"))).toEqual(["alters_quote b->a"]);
  });
});
