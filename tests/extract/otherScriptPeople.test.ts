// One person named in Latin letters in one article and in another script in another is one source; two people never are.
import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/clean/types.ts";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import { resolveReadings } from "../../src/extract/resolve.ts";
import { otherScriptSpellings } from "../../src/extract/otherScriptPeople.ts";
import { paragraphSpans } from "./helpers.ts";

const registry = createOutletRegistry([]);

function article(body: string, language: string, id: string): CleanArticle {
  return { meta: { id, file: `${id}.md`, format: "markdown", outlet: `Paper ${id}`, language }, text: body, body, paragraphs: paragraphSpans(body), kept: [], removed: [], creditLines: [] };
}

/** The named sources of the case after the case-level step. */
function people(...texts: [string, string][]): Set<string> {
  const cleaned = texts.map(([body, language], i) => article(body, language, `a${i}`));
  const resolved = resolveReadings(cleaned.map((c) => readArticle(c, registry)), cleaned);
  return new Set(resolved.flatMap((r) => r.sources.filter((s) => s.type === "named").map((s) => s.name)));
}

/** Which names of a list `otherScriptSpellings` folds into which (names as their own keys). */
function spelt(...names: string[]): Record<string, string> {
  return Object.fromEntries(otherScriptSpellings(new Map(names.map((n) => [n, n]))));
}

describe("one person written in two scripts", () => {
  it("Cyrillic and Latin articles name one source", () => {
    expect(people(["The ferry will stop in June, said Dmitry Vorontsov, the harbour master.", "en"], ["«Паром остановят в июне», — сказал Дмитрий Воронцов.", "ru"])).toEqual(new Set(["Dmitry Vorontsov"]));
  });

  it("Arabic and Latin articles name one source, the article al- and ال left out", () => {
    expect(people(["\"The ferry will stop in June,\" said Colonel Ahmed al-Khatib.", "en"], ["وقال العقيد أحمد الخطيب لـ«المرفأ»: «ستتوقف العبارة في يونيو».", "ar"])).toEqual(new Set(["Ahmed al-Khatib"]));
  });

  it("Hangul and Latin articles name one source, the surname written by convention", () => {
    expect(people(["\"The ferry will stop in June,\" said harbour master Park Seo-yeon.", "en"], ["박서연 항만장은 \"여객선은 6월에 멈춘다\"고 말했다.", "ko"])).toEqual(new Set(["Park Seo-yeon"]));
  });

  it("katakana and Latin articles name one source", () => {
    expect(people(["\"The ferry will stop in June,\" said Martin Grovel.", "en"], ["マーティン・グローベル氏は「フェリーは6月に止まる」と述べた。", "ja"])).toEqual(new Set(["Martin Grovel"]));
  });

  it("reads the forms each script spells a name in", () => {
    expect(spelt("Oleksandr Hrytsenko", "Олександр Гриценко")).toEqual({ "Олександр Гриценко": "Oleksandr Hrytsenko" });
    // The Arabic article and a clitic, "Abdul" written apart, the long u written as "ou".
    expect(spelt("Ahmed al-Khatib", "وأحمد الخطيب")).toEqual({ "وأحمد الخطيب": "Ahmed al-Khatib" });
    expect(spelt("Abdulrahman Mansour", "عبد الرحمن منصور")).toEqual({ "عبد الرحمن منصور": "Abdulrahman Mansour" });
    expect(spelt("Fatima Haddad", "فاطمة حداد")).toEqual({ "فاطمة حداد": "Fatima Haddad" });
    // The given name first, and another romanisation of the given name.
    expect(spelt("Hyun-woo Choi", "최현우")).toEqual({ 최현우: "Hyun-woo Choi" });
    expect(spelt("Lee Jeong-hun", "이정훈")).toEqual({ 이정훈: "Lee Jeong-hun" });
  });

  it("never folds two people: another given name, another ending, another long vowel", () => {
    expect(spelt("Ivana Sorokina", "Иван Сорокин")).toEqual({});
    expect(spelt("Saoud Haddadin", "سعد حدادين")).toEqual({});
    expect(spelt("Choi Min-jung", "최민준")).toEqual({});
    expect(spelt("Pavel Orlov", "Пётр Орлов")).toEqual({});
  });

  it("never folds on a surname alone or a short name", () => {
    expect(spelt("Orlov", "Орлов")).toEqual({});
    expect(spelt("Ali Sami", "علي سامي")).toEqual({});
    expect(spelt("Choi", "최")).toEqual({});
  });

  it("folds no name two people of the case could be", () => {
    expect(spelt("Arkady Lebedev", "Arkadiy Lebedev", "Аркадий Лебедев")).toEqual({});
    expect(spelt("Arkady Lebedev", "Аркадий Лебедев", "Аркадій Лебедев")).toEqual({});
  });
});

describe("vowels across Cyrillic and Latin", () => {
  it("keeps the vowels both scripts write: another given name is another person", () => {
    expect(spelt("Dan Vorontsov", "Дин Воронцов")).toEqual({});
  });

  it("meets the romanisations news spells one letter with", () => {
    expect(spelt("Yevgeniya Zhukovskaya", "Евгения Жуковская")).toEqual({ "Евгения Жуковская": "Yevgeniya Zhukovskaya" });
    expect(spelt("Yuriy Khabenskiy", "Юрий Хабенский")).toEqual({ "Юрий Хабенский": "Yuriy Khabenskiy" });
  });
});
