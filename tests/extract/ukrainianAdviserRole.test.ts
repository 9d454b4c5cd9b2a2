/**
 * Ukrainian roles an office's adviser or assistant holds ("радник керівника Офісу …", adviser of the head of the Office):
 * the role with the body in the genitive after it, then the person; the body's words are never part of the name.
 */
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const people = (body: string) => readPlain(body, "uk").sources.map((s) => [s.type, s.name, s.role]);

describe("Ukrainian adviser and assistant roles before a body and a name", () => {
  it.each([
    ["Радник керівника Адміністрації Порту Остап Вербицький заявив, що переговори тривають.", "Радник керівника Адміністрації Порту"],
    ["Переговори тривають, заявив радник керівника Адміністрації Порту Остап Вербицький.", "радник керівника Адміністрації Порту"],
    ["Помічниця міністра Остапа Лиса Ярина Дзвінка заявила, що міст закрито.", "Помічниця міністра Остапа Лиса"],
  ])("%s", (body, role) => {
    const [source] = people(body);
    expect(source?.[0]).toBe("named");
    expect(source?.[2]).toBe(role);
    expect(["Остап Вербицький", "Ярина Дзвінка"]).toContain(source?.[1]);
  });
});
