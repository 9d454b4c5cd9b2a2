/**
 * Arabic sets who a person is after their name and a comma, with "and he is" ("X، وهو مسؤول في …") or without it ("X،
 * المسؤول في …"): the name is a person's, the apposition their role. Without such a noun the words stay nobody.
 */
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const people = (body: string) => readPlain(body, "ar").sources.map((s) => [s.type, s.name, s.role]);

describe("Arabic name, comma, role apposition after the verb", () => {
  it.each([
    ["قال نادر السلمي، وهو مسؤول في هيئة الموانئ، إن الرصيف مغلق.", "نادر السلمي", "مسؤول في هيئة الموانئ"],
    ["وأكد نادر السلمي، وهو الناطق باسم الميناء، أن السفن عادت.", "نادر السلمي", "الناطق باسم الميناء"],
    ["قال نادر السلمي، المسؤول في هيئة الموانئ، إن الرصيف مغلق.", "نادر السلمي", "المسؤول في هيئة الموانئ"],
    ["وقال نادر السلمي، وهو طبيب في مستشفى الميناء: «الوضع مستقر».", "نادر السلمي", "طبيب في مستشفى الميناء"],
  ])("%s", (body, name, role) => {
    expect(people(body)).toEqual([["named", name, role]]);
  });

  it("'and he' before words that say no role names no one", () => {
    expect(people("قال نادر السلمي، وهو يغادر الميناء، إن الرصيف مغلق.").filter(([type]) => type === "named")).toEqual([]);
  });
});
