// Russian frames on sentences of our own (invented outlets and people): each construction yields the cited name, a publication
// noun before it is kept as the cue, plain sentences and generic "media" yield none.
import { describe, expect, it } from "vitest";
import { ru } from "../../../src/extract/frames/ru.ts";
import { frameHits, names } from "./helpers.ts";

describe("Russian frames", () => {
  it.each([
    ["Как сообщает «Северный Вестник», сделка сорвалась.", "Северный Вестник"],
    ["Об этом пишет правительственная газета «Народная Трибуна».", "Народная Трибуна"],
    ["По данным агентства «Северный Ветер», сделка сорвалась.", "Северный Ветер"],
    ["По данным РБВ, переговоры прервались в пятницу.", "РБВ"],
    ["Агентство сообщило об этом со ссылкой на Harbor Times.", "Harbor Times"],
    ["Издание сослалось на американский портал Морская Сводка, не проверив факты.", "Морская Сводка"],
    ["В интервью газете «Северный Вестник» министр всё отрицал.", "Северный Вестник"],
    ["Статья, опубликованная в журнале «Морские Записки», оказалась фальшивкой.", "Морские Записки"],
    ["Газета перепечатала статью портала Морская Сводка без проверки.", "Морская Сводка"],
    ["«Он жив», — рассказал ТАСВ источник в силовых структурах.", "ТАСВ"],
    ["«Это неизбежно», — заявила агентству Вестник капитан порта.", "Вестник"],
    ["«Это неизбежно», — заявила агентству «Вестник» капитан порта.", "Вестник"],
  ])("%s → %s", (text, name) => expect(names(ru, text)).toContain(name));

  it("keeps the publication noun before a name as the cue", () => {
    expect(frameHits(ru, "Об этом пишет правительственная газета «Народная Трибуна».")[0]).toMatchObject({ name: "Народная Трибуна", cue: "газета" });
  });

  it.each([
    "Сделка сорвалась в пятницу вечером.",
    "Как сообщают местные СМИ, сделка сорвалась.",
    "Министр сказал, что сделка сорвалась.",
  ])("a sentence without a named source yields no name: %s", (text) => expect(frameHits(ru, text)).toEqual([]));
});
