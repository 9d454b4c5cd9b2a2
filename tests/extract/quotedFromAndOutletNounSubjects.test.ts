// Citation forms that named no outlet, pinned with texts of our own: Japanese "Xより引用" / "Xからの転載" (quoted or
// reprinted from X), Russian an outlet noun opening the sentence before the name and a verb of publishing ("Телеканал
// «X» опубликовал"), Greek a verb of reporting or denying before its subject with an outlet noun ("διαψεύδει η ιστοσελίδα X").
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (body: string, language: string) => readPlain(body, language).attributions.map((a) => a.outletName);

describe("citation forms of Japanese, Russian and Greek", () => {
  it.each([
    ["ja", "この段落は西浜新聞より引用した。", ["西浜新聞"]],
    ["ja", "以下は西浜新聞からの転載です。", ["西浜新聞"]],
    ["ru", "Телеканал «Ледяной Маяк» опубликовал запись с места аварии.", ["Ледяной Маяк"]],
    ["ru", "Издание «Полярный Курьер» разместило снимки плотины.", ["Полярный Курьер"]],
    ["el", "Την είδηση διαψεύδει η ιστοσελίδα Βόρεια Ηχώ.", ["Βόρεια Ηχώ"]],
    // Controls: a person quoted from, and a person who publishes or denies, are no outlet.
    ["ja", "この段落は田中氏より引用した。", []],
    ["ru", "Блогер Иван Ледов опубликовал запись с места аварии.", []],
    ["el", "Την είδηση διαψεύδει ο Νίκος Λαγός.", []],
  ])("%s: %s", (language, body, expected) => {
    expect(cited(body, language)).toEqual(expected);
  });
});
