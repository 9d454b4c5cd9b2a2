// Language detection on short texts of our own, one or two sentences per language, as an article's opening or a pasted snippet.
import { describe, expect, it } from "vitest";
import { detectLanguage, framesFor } from "../../../src/extract/frames/index.ts";

describe("detectLanguage", () => {
  it.each([
    ["The harbour master said on Monday that the port would stay closed.", "en"],
    ["Le capitaine du port a déclaré lundi que le port resterait fermé.", "fr"],
    ["Secondo il quotidiano, il capitano del porto ha detto che il porto resterà chiuso.", "it"],
    ["Según el diario, el capitán del puerto dijo que el puerto seguirá cerrado.", "es"],
    ["Segundo o jornal, o capitão do porto disse que o porto continuará fechado.", "pt"],
    ["Laut der Zeitung sagte der Hafenmeister, der Hafen bleibe geschlossen.", "de"],
    ["Как сообщает газета, начальник порта заявил, что порт останется закрытым.", "ru"],
    ["قال مدير الميناء إن الميناء سيبقى مغلقاً لمدة أسبوع.", "ar"],
    ["به گزارش خبرگزاری، رئیس بندر گفت که بندر بسته می‌ماند.", "fa"],
    ["신문에 따르면 항만청장은 항구가 폐쇄될 것이라고 말했다.", "ko"],
    ["据报纸报道，港务局长说港口将继续关闭。", "zh"],
    ["Potrivit ziarului, căpitanul portului a declarat că portul va rămâne închis.", "ro"],
    ["Az újság szerint a kikötő kapitánya azt mondta, hogy a kikötő zárva marad.", "hu"],
    ["Lehden mukaan satamakapteeni sanoi, että satama pysyy suljettuna.", "fi"],
  ])("%s → %s", (text, language) => expect(detectLanguage(text)).toBe(language));

  it.each([
    ["Il porto è chiuso.", "it"],
    ["El puerto está cerrado.", "es"],
    ["O porto está fechado.", "pt"],
    ["Der Hafen ist zu.", "de"],
    ["항구 폐쇄", "ko"],
    ["港口关闭", "zh"],
    ["بندر بسته شد", "fa"],
    ["أغلق الميناء", "ar"],
  ])("a very short text: %s → %s", (text, language) => expect(detectLanguage(text)).toBe(language));

  it("reads a Korean text that quotes Latin-script outlet names as Korean", () => {
    expect(detectLanguage("미국 CNN과 영국 BBC 등 외신에 따르면 항구가 폐쇄됐다.")).toBe("ko");
  });

  it("does not let an address decide the language", () => {
    expect(detectLanguage("Il porto resterà chiuso, ha detto il sindaco. https://www.example-news.com/the-port-is-closed-and-the-ships-wait")).toBe("it");
  });

  it("falls back on English for a text without letters", () => {
    expect(detectLanguage("2024 — 17:30")).toBe("en");
  });

  it("gives English frames for a language without its own", () => {
    expect(framesFor("cy").language).toBe("en");
    expect(framesFor("fi").language).toBe("fi");
    expect(framesFor("fr-FR").language).toBe("fr");
    expect(framesFor("nb").language).toBe("no");
  });
});
