// Speakers in Russian, Ukrainian, Turkish, Arabic and Greek that the reading missed or misnamed (probe 19). Texts of our
// own, names invented.
import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/clean/types.ts";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import { paragraphSpans } from "./helpers.ts";

function read(body: string, language: string) {
  const article: CleanArticle = { meta: { id: "t", file: "t.md", format: "markdown", outlet: "Test Daily", language }, text: body, body, paragraphs: paragraphSpans(body), kept: [], removed: [], creditLines: [] };
  return readArticle(article, createOutletRegistry([]));
}
const named = (body: string, language: string): string[] => read(body, language).sources.filter((s) => s.type === "named").map((s) => s.name);

describe("Russian and Ukrainian: a role, the body it heads in the genitive, then the person", () => {
  it.each([
    ["Мост закрыт на ремонт, сообщил мэр Озёрного района Пётр Самойлов.", "ru", "Пётр Самойлов"],
    ["Директор областного департамента ЖКХ Ирина Лаптева сообщила, что трубы заменят.", "ru", "Ирина Лаптева"],
    ["«Трубы заменят», — сказав речник Управління Остап Гнатюк.", "uk", "Остап Гнатюк"],
    ["Мост закрыт, сообщил губернатор Фёдор Ильич Громов.", "ru", "Фёдор Ильич Громов"],
  ])("%s", (body, language, name) => {
    expect(named(body, language)).toEqual([name]);
  });
});

describe("Russian: imperfective past speech verbs", () => {
  it.each([
    ["«Мост выдержит», — заявлял мэр Пётр Самойлов весной.", "Пётр Самойлов"],
    ["«Мост выдержит», — говорила Ирина Лаптева.", "Ирина Лаптева"],
  ])("%s", (body, name) => {
    expect(named(body, "ru")).toEqual([name]);
  });
});
