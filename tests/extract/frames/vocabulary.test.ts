// The per-language word lists and line patterns beside the frames: photo credits, credit lines, dates, speech verbs and the
// descriptor, each language with examples of our own (invented outlets and people).
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../../src/extract/frames/index.ts";
import type { LanguageFrames } from "../../../src/extract/frames/types.ts";

const lang = (code: string): LanguageFrames => LANGUAGES.find((l) => l.language === code) as LanguageFrames;

describe("every language has its reading data", () => {
  it("covers the languages the cases are written in", () => {
    expect(LANGUAGES.map((l) => l.language).sort()).toEqual(["af", "ar", "bg", "bn", "ca", "cs", "da", "de", "el", "en", "es", "et", "eu", "fa", "fi", "fr", "gl", "he", "hi", "hr", "hu", "hy", "id", "is", "it", "ja", "ko", "lt", "lv", "mk", "nl", "no", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sv", "sw", "th", "tl", "tr", "uk", "ur", "vi", "zh"]);
  });

  it.each(LANGUAGES.map((l) => ({ language: l.language, l })))("$language: every pattern compiles, the date has its group, frame ids are unique", ({ l }) => {
    for (const p of [l.name, l.date, l.descriptor, l.end, ...l.photoCredits, ...l.creditLines]) expect(() => new RegExp(p, "u")).not.toThrow();
    expect(l.date).toContain("(?<date>");
    for (const c of l.creditLines) expect(c).toContain("(?<name>");
    expect(new Set(l.frames.map((f) => f.id)).size).toBe(l.frames.length);
    expect(l.frames.every((f) => f.id.startsWith(`${l.language}.`))).toBe(true);
    expect(l.speechVerbs.length).toBeGreaterThan(5);
    expect(l.outletCues.length).toBeGreaterThan(4);
  });
});

describe("photo credits", () => {
  it.each([
    ["it", "Foto: Agenzia Sud"],
    ["it", "Credit: Mario Rossi / Agenzia Sud"],
    ["es", "Foto: Agencia Sur"],
    ["es", "Imagen: archivo de El Faro"],
    ["pt", "Foto: Agência Sul"],
    ["pt", "Reprodução: TV Cerrado"],
    ["de", "Foto: Elbpost/Archiv"],
    ["de", "Bild: Agentur Süd"],
    ["ru", "Фото: Северный Вестник"],
    ["ko", "사진=한빛일보"],
    ["ko", "사진 제공: 푸른신문"],
    ["zh", "图片来源：南港日报"],
    ["zh", "（图源：南港日报）"],
    ["fa", "عکس: خبرگزاری پارس‌نو"],
    ["ar", "صورة: وكالة الشرق"],
  ])("%s reads '%s' as a credit", (code, text) => {
    expect(lang(code).photoCredits.some((p) => new RegExp(p, "u").test(text))).toBe(true);
  });

  it.each([
    ["it", "Secondo il Corriere del Lago, il porto è chiuso."],
    ["de", "Zwei Wochen später titelte die Morgenglocke: „Der Hafen bleibt zu“."],
    ["es", "Según El Heraldo del Sur, el puerto cerró."],
  ])("%s does not read an attribution as a credit: %s", (code, text) => {
    expect(lang(code).photoCredits.some((p) => new RegExp(p, "u").test(text))).toBe(false);
  });
});

describe("credit lines name the outlet of record", () => {
  it.each([
    ["it", "Questo articolo è stato pubblicato originariamente su The Harbour Review.", "The Harbour Review"],
    ["it", "Fonte: Agenzia Sud", "Agenzia Sud"],
    ["it", "Gazzetta del Lago 03/04/2015", "Gazzetta del Lago"],
    ["es", "El Heraldo del Sur, 18-02-2016", "El Heraldo del Sur"],
    ["es", "Este artículo fue publicado originalmente en The Harbour Review.", "The Harbour Review"],
    ["es", "Con información de: Agencia Sur", "Agencia Sur"],
    ["pt", "Este artigo foi publicado originalmente em The Harbour Review.", "The Harbour Review"],
    ["pt", "Com informações da Agência Sul", "Agência Sul"],
    ["de", "Dieser Artikel ist zuerst erschienen bei The Harbour Review.", "The Harbour Review"],
    ["de", "Quelle: Agentur Süd", "Agentur Süd"],
    ["ru", "Источник: Северный Вестник", "Северный Вестник"],
    ["ko", "<한빛닷컴>", "한빛닷컴"],
    ["ko", "출처: 푸른신문", "푸른신문"],
    ["zh", "【南港台2012年11月28日讯】", "南港台"],
    ["zh", "来源：南港日报", "南港日报"],
    ["fa", "منبع: خبرگزاری پارس‌نو", "خبرگزاری پارس‌نو"],
    ["ar", "المصدر: وكالة الشرق", "وكالة الشرق"],
  ])("%s: '%s' → %s", (code, line, name) => {
    const found = lang(code).creditLines.map((p) => new RegExp(p, "u").exec(line)?.groups?.name?.trim()).find((n) => n !== undefined);
    expect(found).toBe(name);
  });
});

describe("dates after a frame", () => {
  it.each([
    ["it", "il 3 maggio 2021", "3 maggio 2021"],
    ["es", "el 3 de mayo de 2021", "3 de mayo de 2021"],
    ["pt", "em 3 de maio de 2021", "3 de maio de 2021"],
    ["de", "am 3. Mai 2021", "3. Mai 2021"],
    ["ko", "지난 3일", "3일"],
    ["zh", "2021年5月3日", "2021年5月3日"],
    ["fa", "۳ اردیبهشت ۱۴۰۰", "۳ اردیبهشت ۱۴۰۰"],
  ])("%s reads '%s' as the date %s", (code, text, date) => {
    expect(new RegExp(lang(code).date, "u").exec(text)?.groups?.date).toBe(date);
  });
});

describe("speech verbs report a quotation", () => {
  it.each([
    ["it", "«Il porto è chiuso», ha dichiarato il sindaco."],
    ["es", "«El puerto está cerrado», declaró el alcalde."],
    ["pt", "“O porto está fechado”, afirmou o prefeito."],
    ["de", "„Der Hafen ist zu“, sagte der Bürgermeister."],
    ["ru", "«Порт закрыт», — заявил мэр."],
    ["ko", "시장은 “항구가 닫혔다”고 말했다."],
    ["fa", "شهردار گفت: «بندر بسته است.»"],
    ["ar", "وقال رئيس البلدية: «الميناء مغلق»."],
  ])("%s: %s", (code, text) => {
    const verbs = [...lang(code).speechVerbs].sort((a, b) => b.length - a.length).map((v) => v.replace(/\s+/g, "\\s+"));
    expect(new RegExp(`(?<![\\p{L}])(?:${verbs.join("|")})(?![\\p{L}])`, "u").test(text)).toBe(true);
  });
});

describe("descriptors refer back to an outlet", () => {
  it.each([
    ["it", "il quotidiano romano"],
    ["es", "el diario madrileño"],
    ["pt", "o jornal paulista"],
    ["de", "die britische Zeitung"],
    ["ko", "이 매체"],
    ["zh", "该媒体"],
    ["fa", "این روزنامه"],
  ])("%s: %s", (code, text) => {
    expect(new RegExp(`^(?:${lang(code).descriptor})$`, "iu").test(text)).toBe(true);
  });
});
