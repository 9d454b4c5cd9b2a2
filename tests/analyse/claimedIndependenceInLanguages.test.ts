// A text counting outlets or sources as independent, in the languages beyond en/de/fr/es whose number words core/numberWords.ts holds.
import { describe, expect, it } from "vitest";
import { claimedIndependent } from "../../src/analyse/findings/claimedIndependence.ts";
import { NUMBER_WORDS } from "../../src/core/numberWords.ts";

describe("claimed independence counted in words", () => {
  it("reads the count in it, pt, nl, sv, tr and id, two-word counts included", () => {
    expect(claimedIndependent("Ormai sono cinque testate indipendenti a confermare il piano.", "it")?.count).toBe(5);
    expect(claimedIndependent("Já são quatro fontes independentes a confirmar o plano.", "pt")?.count).toBe(4);
    expect(claimedIndependent("Inmiddels melden zes onafhankelijke bronnen het plan.", "nl")?.count).toBe(6);
    expect(claimedIndependent("Nu bekräftar tre oberoende källor planen.", "sv")?.count).toBe(3);
    expect(claimedIndependent("Planı artık on iki bağımsız kaynak doğruluyor.", "tr")?.count).toBe(12);
    expect(claimedIndependent("Rencana itu kini dikonfirmasi dua puluh media independen.", "id")?.count).toBe(20);
  });

  it("reads the inflected counts of pl, ru and uk", () => {
    expect(claimedIndependent("Plan potwierdziło już pięć niezależnych źródeł.", "pl")?.count).toBe(5);
    expect(claimedIndependent("Według dwóch niezależnych redakcji plan jest gotowy.", "pl")?.count).toBe(2);
    expect(claimedIndependent("План уже подтвердили две независимые газеты.", "ru")?.count).toBe(2);
    expect(claimedIndependent("По данным пяти независимых источников, план готов.", "ru")?.count).toBe(5);
    expect(claimedIndependent("План уже підтвердили п’ять незалежних джерел.", "uk")?.count).toBe(5);
    expect(claimedIndependent("Про план повідомили кілька незалежних ЗМІ.", "uk")?.count).toBe(2);
  });

  it("reads no count where the sentence counts nothing independent", () => {
    expect(claimedIndependent("Cinque testate hanno pubblicato il piano.", "it")).toBeUndefined();
    expect(claimedIndependent("Пять источников сообщили о плане.", "ru")).toBeUndefined();
  });

  it("holds one to twenty and the tens in every table beyond English", () => {
    const wanted = [...Array.from({ length: 20 }, (_, i) => i + 1), 30, 40, 50, 60, 70, 80, 90, 100, 1000];
    for (const [language, table] of Object.entries(NUMBER_WORDS)) {
      const values = new Set(Object.values(table));
      const missing = wanted.filter((n) => !values.has(n) && !(language === "en" && n >= 100));
      expect([language, missing]).toEqual([language, []]);
    }
  });
});
